package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.ingest.TestLibrary.item;
import static org.resourcelibrary.indexer.ingest.TestLibrary.utf8;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;
import static org.resourcelibrary.indexer.ingest.TestLibrary.zip;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.extract.TextEncoding;

/** A zip sent with its {@code manifest.csv} inside: the manifest describes the zip's files, and is not one. */
class ManifestInArchiveIngestTest extends FolderIngestTest {

    private Path zipWithManifest(String manifestName, byte[] manifest) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("guides/mentoring.txt", utf8("Mentoring new social workers: a guide."));
        entries.put("checklist.txt", utf8("A checklist for supportive supervision."));
        entries.put(manifestName, manifest);
        return zip(dir.resolve("upload/bundle.zip"), entries);
    }

    private String title(IngestReport report, String path) throws Exception {
        try (LuceneLibrary index = library.open()) {
            return index.get(item(report, path).id()).orElseThrow().title();
        }
    }

    @Test
    void theManifestInAZipGivesItsFilesTheirTitlesAndIsSkipped() throws Exception {
        Path zip = zipWithManifest("manifest.csv", ("file;title;countries\r\n"
                + "guides/mentoring.txt;Guía de mentoría;Malawi\r\nchecklist.txt;Supervision Checklist;Zambia\r\n")
                .getBytes(TextEncoding.WINDOWS_1252));

        IngestReport report = library.ingest(zip);

        assertThat(item(report, "manifest.csv").status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(item(report, "manifest.csv").reason()).isEqualTo("manifest");
        assertThat(report.indexed()).isEqualTo(2);
        assertThat(title(report, "guides/mentoring.txt")).isEqualTo("Guía de mentoría");
        assertThat(title(report, "checklist.txt")).isEqualTo("Supervision Checklist");
        assertThat(report.problems()).singleElement().asString()
                .startsWith("manifest.csv: line 1: not UTF-8, read as Windows-1252");
    }

    @Test
    void theManifestsNameIsMatchedInAnyCaseAndItsProblemsNameIt() throws Exception {
        Path zip = zipWithManifest("Manifest.CSV", utf8("file,title,countries\nchecklist.txt,Checklist,Zambai\n"));

        List<String> problems = library.ingest(zip).problems();

        assertThat(problems).singleElement().asString()
                .startsWith("Manifest.CSV: line 2, countries: unknown country 'Zambai'");
    }

    @Test
    void aManifestThatCannotBeReadIsAProblemAndTheFilesAreStillIngested() throws Exception {
        Path zip = zipWithManifest("manifest.csv", utf8("title,year\nA,2019\n"));

        IngestReport report = library.ingest(zip);

        assertThat(report.indexed()).isEqualTo(2);
        assertThat(report.problems()).singleElement().asString()
                .startsWith("manifest.csv: not used: line 1: no 'file' column");
    }

    @Test
    void anExplicitManifestWins() throws Exception {
        Path zip = zipWithManifest("manifest.csv", utf8("file,title\nchecklist.txt,From the zip\n"));
        Path explicit = write(dir.resolve("explicit.csv"), "file,title\nchecklist.txt,From the librarian\n");
        Manifest manifest = Manifest.read(explicit, List.of(zip), MetadataForm.standard());

        IngestReport report = library.ingest(manifest, false, zip);

        assertThat(title(report, "checklist.txt")).isEqualTo("From the librarian");
        assertThat(item(report, "manifest.csv").status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(report.problems()).containsExactly(
                "manifest.csv: not used: the manifest given for the run wins");
    }

    @Test
    void aManifestDeeperInTheZipIsADocumentAsBefore() throws Exception {
        Path zip = zipWithManifest("annex/manifest.csv", utf8("file,title\nchecklist.txt,From the annex\n"));

        IngestReport report = library.ingest(zip);

        assertThat(item(report, "annex/manifest.csv").status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(title(report, "checklist.txt")).isNotEqualTo("From the annex");
    }
}
