package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.SampleLibrary;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;
import org.w3c.dom.Document;

/**
 * Harvests of the whole sample library, as a harvester makes them: page after page in small pages, while a
 * librarian uploads and deletes.
 */
class OaiHarvestTest {

    /** Small pages, so the sample library takes many. */
    private static final int PAGE_SIZE = 7;
    private static final String HOST_PREFIX = "oai:127.0.0.1:";

    @TempDir
    static Path dir;
    private static LuceneLibrary library;
    private static Librarian librarian;
    private static Javalin server;
    private static RunningApp client;

    @BeforeAll
    static void ingestTheSampleLibrary() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        library = LuceneLibrary.open(data.index(), Vocabulary.standard());
        SampleLibrary.ingest(library, data);
        librarian = new Librarian(library, data, IngestSettings.defaults());
        WebServices services = new WebServices(library, data, Vocabulary.standard(), WebSettings.defaults(),
                LibrarianAccess.closed(), new ServiceMetrics(), librarian);
        server = Javalin.create(config -> HarvestRoutes.register(config.routes, services, PAGE_SIZE,
                Sitemap.MAX_URLS, Clock.systemUTC())).start("127.0.0.1", 0);
        client = RunningApp.client(server.port());
    }

    @AfterAll
    static void close() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (librarian != null) {
            librarian.close();
        }
        if (library != null) {
            library.close();
        }
    }

    /** The ids of every document the library has now. */
    private static Set<String> liveIds() {
        return library.changes(new ChangeRequest(null, null, null, null, null, Integer.MAX_VALUE - 1)).changes()
                .stream().filter(change -> !change.deleted()).map(Change::id).collect(Collectors.toSet());
    }

    private static String upload(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return librarian.upload(file, name, Map.of("title", text), null).resource().id();
    }

    /** One header of a harvest: the document's id and whether it was reported deleted. */
    private record Header(String id, boolean deleted) {
    }

    @Test
    void aHarvestInSmallPagesFindsEveryDocumentOnceThoughOneArrivesBetweenPages() throws Exception {
        String deleted = liveIds().stream().sorted().findFirst().orElseThrow();
        librarian.delete(deleted);
        Set<String> live = liveIds();
        assertThat(live).hasSizeGreaterThan(PAGE_SIZE * 3);

        List<Header> harvested = new ArrayList<>();
        String page = OaiProviderTest.oai(client, "verb=ListRecords&metadataPrefix=oai_dc");
        String completeListSize = XmlChecks.text(page, "//oai:resumptionToken/@completeListSize");
        String arrived = null;
        int pages = 1;
        int most = live.size() / PAGE_SIZE + 2;
        while (true) {
            harvested.addAll(headers(XmlChecks.parse(page)));
            String token = XmlChecks.text(page, "//oai:resumptionToken");
            if (token.isEmpty() || pages > most) {
                break;
            }
            if (arrived == null) {
                arrived = upload("arrived-mid-harvest.txt", "A report that arrived in the middle of a harvest");
            }
            page = OaiProviderTest.oai(client, "verb=ListRecords&resumptionToken="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8));
            pages++;
        }

        assertThat(harvested).doesNotHaveDuplicates();
        assertThat(harvested.stream().filter(h -> !h.deleted()).map(Header::id)).containsExactlyInAnyOrderElementsOf(
                live);
        assertThat(harvested).contains(new Header(deleted, true));
        assertThat(harvested).extracting(Header::id).doesNotContain(arrived);
        assertThat(completeListSize).isEqualTo(String.valueOf(harvested.size()));
        assertThat(pages).isGreaterThan(3);
    }

    @Test
    void theNextHarvestFromTheLastResponseDateFindsWhatArrivedSince() throws Exception {
        String responseDate = XmlChecks.text(OaiProviderTest.oai(client, "verb=Identify"), "//oai:responseDate");
        String arrived = upload("arrived-after-harvest.txt", "A toolkit that arrived after the last harvest");

        List<Header> harvested = headers(XmlChecks.parse(OaiProviderTest.oai(client,
                "verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + responseDate)));

        assertThat(harvested).contains(new Header(arrived, false));
        assertThat(harvested.size()).isLessThan(liveIds().size());
    }

    @Test
    void aDeletedDocumentIsAnsweredAsDeletedWithNoMetadata() throws Exception {
        String gone = upload("soon-deleted.txt", "A brief that a librarian deletes");
        librarian.delete(gone);

        String record = OaiProviderTest.oai(client, "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + HOST_PREFIX
                + gone);
        String formats = OaiProviderTest.oai(client, "verb=ListMetadataFormats&identifier=" + HOST_PREFIX + gone);

        assertThat(XmlChecks.text(record, "//oai:header/@status")).isEqualTo("deleted");
        assertThat(XmlChecks.texts(record, "//oai:metadata")).isEmpty();
        assertThat(XmlChecks.text(formats, "//oai:error/@code")).isEqualTo("noMetadataFormats");
    }

    private static List<Header> headers(Document page) {
        List<String> ids = XmlChecks.texts(page, "//oai:header/oai:identifier");
        List<String> deleted = XmlChecks.texts(page, "//oai:header[@status='deleted']/oai:identifier");
        return ids.stream().map(id -> new Header(id.substring(HOST_PREFIX.length()), deleted.contains(id))).toList();
    }
}
