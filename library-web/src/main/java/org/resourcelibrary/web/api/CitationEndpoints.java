package org.resourcelibrary.web.api;

import org.resourcelibrary.web.PublicAddress;
import de.undercouch.citeproc.csl.CSLItemData;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.cite.CitationFormat;
import org.resourcelibrary.web.cite.CitationItems;
import org.resourcelibrary.web.cite.Citations;

/**
 * {@code GET /api/documents/{id}/citation} and {@code GET /api/search/citations}: a document, or a page of
 * search hits, cited in the {@code format} asked for, or in the export the {@code Accept} header names.
 * Exports are downloads ({@code Content-Disposition: attachment}); formatted styles are shown inline.
 */
final class CitationEndpoints {

    static final String FORMAT = "format";
    /** What a client gets when it names no format and accepts anything: the export JSON clients read most easily. */
    static final CitationFormat DEFAULT_FORMAT = CitationFormat.CSL_JSON;
    /** The file name (before the extension) of a results page's citations. */
    static final String SEARCH_FILE_NAME = "citations";

    private final Library library;
    private final Vocabulary vocabulary;
    private final CitationItems items;
    private final ReadEndpoints read;
    private final PublicAddress address;

    CitationEndpoints(WebServices services, ReadEndpoints read) {
        this.library = services.library();
        this.vocabulary = services.vocabulary();
        this.items = new CitationItems(services.vocabulary());
        this.read = read;
        this.address = services.publicAddress();
    }

    /** {@code GET /api/documents/{id}/citation}. */
    void document(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(FORMAT, SearchParameters.LANG));
        CitationFormat format = format(ctx, parameters);
        String lang = ReadEndpoints.language(parameters);
        Resource resource = read.resource(ctx);
        send(ctx, format, List.of(item(ctx, resource, lang)), lang, resource.id());
    }

    /** {@code GET /api/search/citations}: the hits of the page {@code GET /api/search} answers the same request. */
    void search(Context ctx) {
        Set<String> names = new HashSet<>(SearchParameters.NAMES);
        names.add(FORMAT);
        QueryParameters parameters = QueryParameters.of(ctx, names);
        CitationFormat format = format(ctx, parameters);
        SearchRequest request = SearchRequests.of(ctx, vocabulary, Set.of(FORMAT));
        String lang = request.labelLanguage();
        List<CSLItemData> cited = new ArrayList<>();
        for (Hit hit : library.search(request).hits()) {
            // A hit deleted since the search answered is no longer the library's to cite.
            library.get(hit.id()).ifPresent(resource -> cited.add(item(ctx, resource, lang)));
        }
        send(ctx, format, cited, lang, SEARCH_FILE_NAME);
    }

    private CSLItemData item(Context ctx, Resource resource, String lang) {
        return items.of(resource, address.url(ctx, Hit.documentUrl(resource.id())), lang);
    }

    private static void send(Context ctx, CitationFormat format, List<CSLItemData> cited, String lang, String name) {
        String fileName = name + "." + format.extension();
        ctx.header(Header.VARY, Header.ACCEPT);
        ctx.header(Header.CONTENT_DISPOSITION, format.formatted() ? ContentDisposition.inline(fileName)
                : ContentDisposition.attachment(fileName));
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.result(Citations.format(cited, format, lang).getBytes(StandardCharsets.UTF_8));
    }

    /** The format the {@code format} parameter names, else the export {@code Accept} prefers, else the default. */
    static CitationFormat format(Context ctx, QueryParameters parameters) {
        String named = parameters.single(FORMAT);
        if (named != null) {
            return CitationFormat.fromParam(named).orElseThrow(() -> new InvalidRequestException(FORMAT,
                    "format must be one of " + CitationFormat.params() + ", got '"
                            + QueryParameters.shorten(named) + "'"));
        }
        return negotiated(ctx.header(Header.ACCEPT));
    }

    /**
     * The export an {@code Accept} header prefers (RFC 9110 12.5.1: highest quality first); the default when
     * it accepts anything or is absent; 406 when it accepts none of the exports.
     */
    static CitationFormat negotiated(String accept) {
        if (accept == null || accept.isBlank()) {
            return DEFAULT_FORMAT;
        }
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            MediaRange.parse(part).ifPresent(ranges::add);
        }
        ranges.sort(Comparator.comparingDouble(MediaRange::quality).reversed());
        for (MediaRange range : ranges) {
            if (range.quality() <= 0) {
                break;
            }
            if (range.type().equals("*/*") || range.type().equals("application/*")) {
                return DEFAULT_FORMAT;
            }
            Optional<CitationFormat> export = CitationFormat.fromMediaType(range.type());
            if (export.isPresent()) {
                return export.get();
            }
        }
        throw new HttpResponseException(HttpStatus.NOT_ACCEPTABLE.getCode(), "none of the accepted media types is"
                + " a citation export; accept one of " + CitationFormat.exports().stream()
                .map(CitationFormat::mediaType).toList() + " or name a format with ?format=");
    }

    /** One media range of an {@code Accept} header and its quality. */
    record MediaRange(String type, double quality) {
        static Optional<MediaRange> parse(String text) {
            String[] parts = text.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        // RFC 9110 makes a malformed weight the sender's error; the range is then worth nothing.
                        quality = 0;
                    }
                }
            }
            return Optional.of(new MediaRange(type, quality));
        }
    }
}
