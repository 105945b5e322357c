package org.resourcelibrary.web.harvest;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The OAI-PMH 2.0 data provider at {@code /oai} (GET, or POST of a form): the six verbs over the library's list
 * of changes, in {@code oai_dc}, with deletions kept ({@code deletedRecord: persistent}). Records are identified
 * as {@code oai:<public host>:<document id>}; lists come a page at a time with a resumption token that resumes
 * after the last record given (see {@link ResumptionToken}).
 */
final class OaiProvider {

    static final String PATH = "/oai";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    static final String METADATA_PREFIX = "oai_dc";
    /** Records per page of ListRecords and ListIdentifiers, by default. */
    static final int DEFAULT_PAGE_SIZE = 100;
    /** How long a resumption token is accepted after its page was given. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    static final String REPOSITORY_NAME = "Resource Library";
    static final String ADMIN_LOCAL_PART = "librarian@";

    private final Library library;
    private final OaiSets sets;
    private final DublinCore dublinCore;
    private final PublicAddress address;
    private final String adminEmail;
    private final int pageSize;
    private final Clock clock;

    OaiProvider(Library library, Vocabulary vocabulary, PublicAddress address, String adminEmail, int pageSize,
                Clock clock) {
        this.library = library;
        this.sets = new OaiSets(library, vocabulary);
        this.dublinCore = new DublinCore(vocabulary);
        this.address = address;
        this.adminEmail = adminEmail;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /** {@code GET /oai} and {@code POST /oai}. */
    void handle(Context ctx) {
        Instant now = clock.instant();
        String baseUrl = address.url(ctx, PATH);
        OaiRequest request = null;
        byte[] body;
        try {
            request = OaiRequest.of(ctx.method().name().equals("POST") ? ctx.formParamMap() : ctx.queryParamMap());
            XmlOutput xml = OaiResponse.start(now, baseUrl, OaiResponse.echoed(request));
            answer(ctx, request, xml, now);
            body = xml.finish();
        } catch (OaiError error) {
            body = OaiResponse.error(now, baseUrl, request, error);
        }
        ctx.contentType(CONTENT_TYPE).result(body);
    }

    private void answer(Context ctx, OaiRequest request, XmlOutput xml, Instant now) throws OaiError {
        switch (request.verb()) {
            case "Identify" -> identify(ctx, xml);
            case "ListMetadataFormats" -> listMetadataFormats(ctx, request, xml);
            case "ListSets" -> listSets(request, xml);
            case "GetRecord" -> getRecord(ctx, request, xml);
            default -> list(ctx, request, xml, now);
        }
    }

    private void identify(Context ctx, XmlOutput xml) {
        ChangePage first = library.changes(new ChangeRequest(null, null, null, null, null, 1));
        Instant earliest = first.changes().isEmpty() ? clock.instant() : first.changes().get(0).datestamp();
        xml.start("Identify")
                .element("repositoryName", REPOSITORY_NAME)
                .element("baseURL", address.url(ctx, PATH))
                .element("protocolVersion", "2.0")
                .element("adminEmail", adminEmail != null ? adminEmail : ADMIN_LOCAL_PART + address.host(ctx))
                .element("earliestDatestamp", OaiDates.format(earliest))
                .element("deletedRecord", "persistent")
                .element("granularity", OaiDates.GRANULARITY)
                .end();
    }

    private void listMetadataFormats(Context ctx, OaiRequest request, XmlOutput xml) throws OaiError {
        String identifier = request.argument(OaiRequest.IDENTIFIER);
        if (identifier != null) {
            Change change = change(ctx, identifier);
            if (change.deleted()) {
                throw new OaiError(OaiError.Code.NO_METADATA_FORMATS, "'" + identifier + "' was deleted: no"
                        + " metadata is disseminated for it");
            }
        }
        xml.start("ListMetadataFormats").start("metadataFormat")
                .element("metadataPrefix", METADATA_PREFIX)
                .element("schema", DublinCore.OAI_DC_SCHEMA)
                .element("metadataNamespace", DublinCore.OAI_DC)
                .end().end();
    }

    private void listSets(OaiRequest request, XmlOutput xml) throws OaiError {
        if (request.argument(OaiRequest.RESUMPTION_TOKEN) != null) {
            throw new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, "ListSets answers in one page: this library"
                    + " issued no resumption token for it");
        }
        List<OaiSets.OaiSet> all = sets.all();
        if (all.isEmpty()) {
            throw new OaiError(OaiError.Code.NO_SET_HIERARCHY, "the library has no documents, so no sets yet");
        }
        xml.start("ListSets");
        for (OaiSets.OaiSet set : all) {
            xml.start("set").element("setSpec", set.spec()).element("setName", set.name()).end();
        }
        xml.end();
    }

    private void getRecord(Context ctx, OaiRequest request, XmlOutput xml) throws OaiError {
        checkPrefix(request.argument(OaiRequest.METADATA_PREFIX));
        Change change = change(ctx, request.argument(OaiRequest.IDENTIFIER));
        xml.start("GetRecord");
        record(ctx, xml, change);
        xml.end();
    }

    private void list(Context ctx, OaiRequest request, XmlOutput xml, Instant now) throws OaiError {
        String tokenText = request.argument(OaiRequest.RESUMPTION_TOKEN);
        ResumptionToken token = tokenText != null ? ResumptionToken.decode(tokenText, now) : firstPage(request, now);
        OaiSets.OaiSet set = token.set() == null ? null : OaiSets.parse(token.set());
        ChangePage page = library.changes(new ChangeRequest(token.from() == null ? null
                : Instant.ofEpochMilli(token.from()), Instant.ofEpochMilli(token.until()),
                set == null ? null : set.dimension(), set == null ? null : set.value(), token.after(), pageSize));
        if (page.changes().isEmpty()) {
            throw new OaiError(OaiError.Code.NO_RECORDS_MATCH, tokenText == null
                    ? "no record matches these arguments" : "no record is left in this list");
        }
        boolean records = request.verb().equals("ListRecords");
        xml.start(request.verb());
        for (Change change : page.changes()) {
            if (records) {
                record(ctx, xml, change);
            } else {
                header(ctx, xml, change);
            }
        }
        if (page.more() || tokenText != null) {
            xml.start("resumptionToken")
                    .attribute("completeListSize", String.valueOf(page.total()))
                    .attribute("cursor", String.valueOf(token.cursor()));
            if (page.more()) {
                Instant expiry = now.plus(TOKEN_LIFETIME);
                Change last = page.changes().get(page.changes().size() - 1);
                xml.attribute("expirationDate", OaiDates.format(expiry))
                        .text(token.next(last.position(), page.changes().size(), expiry).encode());
            }
            xml.end();
        }
        xml.end();
    }

    /** The state of a new list harvest, its {@code until} frozen now. */
    private ResumptionToken firstPage(OaiRequest request, Instant now) throws OaiError {
        checkPrefix(request.argument(OaiRequest.METADATA_PREFIX));
        String fromText = request.argument(OaiRequest.FROM);
        String untilText = request.argument(OaiRequest.UNTIL);
        OaiDates.Bound from = fromText == null ? null : OaiDates.parse(OaiRequest.FROM, fromText, false);
        OaiDates.Bound until = untilText == null ? null : OaiDates.parse(OaiRequest.UNTIL, untilText, true);
        if (from != null && until != null) {
            if (from.day() != until.day()) {
                throw new OaiError(OaiError.Code.BAD_ARGUMENT, "from and until have different granularities");
            }
            if (from.instant().isAfter(until.instant())) {
                throw new OaiError(OaiError.Code.BAD_ARGUMENT, "from is later than until");
            }
        }
        String set = request.argument(OaiRequest.SET);
        if (set != null) {
            OaiSets.parse(set);
        }
        Instant frozen = until == null || until.instant().isAfter(now) ? now : until.instant();
        return new ResumptionToken(METADATA_PREFIX, set, from == null ? null : from.instant().toEpochMilli(),
                frozen.toEpochMilli(), null, 0, now.plus(TOKEN_LIFETIME).toEpochMilli());
    }

    private void record(Context ctx, XmlOutput xml, Change change) {
        xml.start("record");
        header(ctx, xml, change);
        if (!change.deleted()) {
            xml.start("metadata");
            String work = change.resource().work();
            List<String> editions = work == null ? List.of() : Edition.others(library.editions(work), change.id())
                    .stream().map(edition -> address.url(ctx, edition.url())).toList();
            dublinCore.write(xml, change.resource(), address.url(ctx, Hit.documentUrl(change.id())),
                    address.url(ctx, Hit.fileUrl(change.id())), editions);
            xml.end();
        }
        xml.end();
    }

    private void header(Context ctx, XmlOutput xml, Change change) {
        xml.start("header");
        if (change.deleted()) {
            xml.attribute("status", "deleted");
        }
        xml.element("identifier", identifier(ctx, change.id()))
                .element("datestamp", OaiDates.format(change.datestamp()));
        for (String spec : OaiSets.specsOf(change.resource())) {
            xml.element("setSpec", spec);
        }
        xml.end();
    }

    private static void checkPrefix(String prefix) throws OaiError {
        if (!METADATA_PREFIX.equals(prefix)) {
            throw new OaiError(OaiError.Code.CANNOT_DISSEMINATE_FORMAT, "'" + prefix + "' is not a metadata format"
                    + " of this library; it has " + METADATA_PREFIX);
        }
    }

    /** {@code oai:<host>:<id>}. */
    private String identifier(Context ctx, String id) {
        return "oai:" + address.host(ctx) + ":" + id;
    }

    /** The document an identifier names, as it is or deleted. */
    private Change change(Context ctx, String identifier) throws OaiError {
        String prefix = "oai:" + address.host(ctx) + ":";
        Optional<Change> change = identifier.startsWith(prefix)
                ? library.change(identifier.substring(prefix.length())) : Optional.empty();
        return change.orElseThrow(() -> new OaiError(OaiError.Code.ID_DOES_NOT_EXIST, "no record '" + identifier
                + "' in this library (identifiers are " + prefix + "<document id>)"));
    }
}
