package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.ingest.TestLibrary.item;
import static org.resourcelibrary.indexer.ingest.TestLibrary.utf8;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;
import static org.resourcelibrary.indexer.ingest.TestLibrary.zip;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.MetadataForm;

/** The librarian's manifest applied at ingest, and zip files ingested member by member. */
class ManifestAndArchiveIngestTest extends FolderIngestTest {

    private static final String HEADER = "file,title,countries,topics,type,language,year,organization\n";

    @BeforeEach
    void folderOfTwoDocuments() throws Exception {
        write(folder.resolve("checklist.txt"), "A checklist for supportive supervision of social workers.");
        write(folder.resolve("notes.txt"), "Field notes from community volunteers in Uganda.");
    }

    @Test
    void manifestValuesAreAppliedWithTheirProvenance() throws Exception {
        Manifest manifest = manifest(HEADER
                + "checklist.txt,Supervision Checklist,Zambia; Malawi,Supervision,Assessment tool,English,2019,Acme\n");

        IngestReport report = library.ingest(manifest, false, folder);

        assertThat(report.problems()).isEmpty();
        Resource checklist = resource(item(report, "checklist.txt").id());
        assertThat(checklist.title()).isEqualTo("Supervision Checklist");
        assertThat(checklist.countries()).containsExactly("ZM", "MW");
        assertThat(checklist.topics()).containsExactly("supervision");
        assertThat(checklist.type()).isEqualTo("assessment-tool");
        assertThat(checklist.year()).isEqualTo(2019);
        assertThat(checklist.provenance()).containsEntry(MetadataField.TITLE, FieldSource.MANIFEST)
                .containsEntry(MetadataField.COUNTRIES, FieldSource.MANIFEST).containsEntry(MetadataField.YEAR,
                        FieldSource.MANIFEST);
        Resource notes = resource(item(report, "notes.txt").id());
        assertThat(notes.provenance()).doesNotContainValue(FieldSource.MANIFEST);
    }

    @Test
    void aChangedManifestRowUpdatesTheDocumentWithoutExtractingIt() throws Exception {
        String row = "checklist.txt,Supervision Checklist,Zambia,Supervision,Toolkit,English,%d,Acme\n";
        library.ingest(manifest(HEADER + row.formatted(2019)), false, folder);

        IngestReport again = library.ingest(manifest(HEADER + row.formatted(2021)), false, folder);

        IngestItem checklist = item(again, "checklist.txt");
        assertThat(checklist.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(item(again, "notes.txt").status()).isEqualTo(ItemStatus.UNCHANGED);
        assertThat(again.extracted()).isZero();
        assertThat(resource(checklist.id()).year()).isEqualTo(2021);
    }

    @Test
    void anUnchangedManifestChangesNothing() throws Exception {
        Manifest manifest = manifest(HEADER + "checklist.txt,Supervision Checklist,Zambia,,Toolkit,English,2019,\n");
        library.ingest(manifest, false, folder);

        IngestReport again = library.ingest(manifest, false, folder);

        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void manifestProblemsAreInTheReportWithTheirLines() throws Exception {
        Manifest manifest = manifest(HEADER + "checklist.txt,Checklist,Zambai,,Toolkit,English,2019,\n"
                + "missing.txt,Missing,,,,,,\n");

        IngestReport report = library.ingest(manifest, false, folder);

        assertThat(report.problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("line 2, countries:").contains("Zambai"))
                .anySatisfy(problem -> assertThat(problem).startsWith("line 3").contains("missing.txt"));
        assertThat(report.indexed()).isEqualTo(2);
    }

    @Test
    void theManifestInsideTheFolderIsNotADocument() throws Exception {
        Path csv = write(folder.resolve("manifest.csv"), HEADER + "checklist.txt,Checklist,,,,,,\n");
        Manifest manifest = Manifest.read(csv, List.of(folder), MetadataForm.standard());

        IngestReport report = library.run(IngestRequest.of(List.of(SourceRoot.of(folder)), manifest, csv, false));

        assertThat(item(report, "manifest.csv").status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(report.indexed()).isEqualTo(2);
    }

    @Test
    void eachMemberOfAZipIsItsOwnDocumentNestedZipsIncluded() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("guides/mentoring.txt", utf8("Mentoring new social workers: a guide."));
        entries.put("inner.zip", innerZip());
        entries.put("__MACOSX/guides/._mentoring.txt", utf8("resource fork"));
        zip(folder.resolve("bundle.zip"), entries);

        IngestReport report = library.ingest(folder);

        assertThat(item(report, "bundle.zip!/guides/mentoring.txt").status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(item(report, "bundle.zip!/inner.zip/retention.txt").status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(item(report, "bundle.zip!/__MACOSX/guides/._mentoring.txt").status())
                .isEqualTo(ItemStatus.SKIPPED);
        assertThat(report.indexed()).isEqualTo(4);
        assertThat(resource(item(report, "bundle.zip!/guides/mentoring.txt").id()).fileName())
                .isEqualTo("mentoring.txt");
    }

    @Test
    void aZipGivenDirectlyIsItsOwnSourceAndReRunsChangeNothing() throws Exception {
        Path zipFile = zip(dir.resolve("upload/bundle.zip"), Map.of(
                "a.txt", utf8("Alternative care reform in Moldova."), "b.txt", utf8("Foster care guidance for Ukraine.")));
        IngestReport first = library.ingest(zipFile);
        assertThat(item(first, "a.txt").status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(item(first, "a.txt").source()).isEqualTo(zipFile.toString());

        long modified = Files.getLastModifiedTime(zipFile).toMillis();
        Files.setLastModifiedTime(zipFile, FileTime.fromMillis(modified + 60_000));
        IngestReport again = library.ingest(zipFile);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.extracted()).isZero();
    }

    @Test
    void aZipThatCannotBeReadFailsAndKeepsWhatItHadInTheLibrary() throws Exception {
        zip(folder.resolve("bundle.zip"), Map.of("a.txt", utf8("Alternative care reform in Moldova.")));
        String id = item(library.ingest(folder), "bundle.zip!/a.txt").id();
        Files.write(folder.resolve("bundle.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        IngestReport again = library.ingest(folder);

        assertThat(item(again, "bundle.zip").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(item(again, "bundle.zip").reason()).isEqualTo("corrupt");
        assertThat(again.removed()).isZero();
        assertThat(resource(id)).isNotNull();
    }

    private Manifest manifest(String csv) throws Exception {
        Path file = write(dir.resolve("manifest-" + System.nanoTime() + ".csv"), csv);
        return Manifest.read(file, List.of(folder), MetadataForm.standard());
    }

    private Resource resource(String id) throws Exception {
        try (LuceneLibrary index = library.open()) {
            return index.get(id).orElseThrow();
        }
    }

    private static byte[] innerZip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("retention.txt"));
            zip.write(utf8("Retaining child welfare workers in the United States."));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
