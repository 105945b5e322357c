package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resourcelibrary.indexer.ingest.TestLibrary.utf8;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;
import static org.resourcelibrary.indexer.ingest.TestLibrary.zip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.indexer.extract.FailureReason;

/** A librarian's changes through the web service: uploads, deletions, edits, zip jobs. */
class LibrarianTest {

    private static final Duration JOB_DEADLINE = Duration.ofMinutes(2);

    @TempDir
    Path dir;
    private DataDirectory data;
    private LuceneLibrary library;
    private Librarian librarian;
    private BlobStore blobs;

    @BeforeEach
    void openLibrary() throws Exception {
        data = new DataDirectory(dir.resolve("data")).create();
        library = LuceneLibrary.open(data.index(), Vocabulary.standard());
        librarian = new Librarian(library, data, new IngestSettings(ExtractionSettings.defaults().withThreads(1),
                IngestSettings.DEFAULT_COMMIT_EVERY));
        blobs = new BlobStore(data.blobs());
    }

    @AfterEach
    void closeLibrary() throws Exception {
        librarian.close();
        library.close();
    }

    @Test
    void anUploadIsCommittedWithItsFormMetadataWhenUploadReturns() throws Exception {
        Path file = write(dir.resolve("in/retention.txt"), "Retaining child welfare workers: a study.");

        Upload upload = librarian.upload(file, "retention.txt", Map.of("countries", "United States", "type",
                "Research & evidence", "year", "2021"), null);

        assertThat(upload.status()).isEqualTo(ItemStatus.INDEXED);
        Resource resource = upload.resource();
        assertThat(resource.id()).startsWith("retention-");
        assertThat(resource.countries()).containsExactly("US");
        assertThat(resource.provenance()).containsEntry(MetadataField.COUNTRIES, FieldSource.UPLOAD)
                .containsEntry(MetadataField.YEAR, FieldSource.UPLOAD);
        assertThat(blobs.contains(resource.sha256())).isTrue();
        try (LuceneLibrary reopened = LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard())) {
            assertThat(reopened.get(resource.id())).isPresent();
        }
    }

    @Test
    void uploadingContentTheLibraryHasReturnsThatDocument() throws Exception {
        Path file = write(dir.resolve("in/a.txt"), "Alternative care reform in Moldova.");
        Upload first = librarian.upload(file, "a.txt", Map.of(), null);

        Upload second = librarian.upload(file, "copy of a.txt", Map.of("countries", "Moldova"), null);

        assertThat(second.status()).isEqualTo(ItemStatus.DUPLICATE);
        assertThat(second.resource().id()).isEqualTo(first.resource().id());
        assertThat(second.resource().sources()).extracting("path").containsExactly("a.txt", "copy of a.txt");
        assertThat(second.resource().countries()).containsExactly("MD");
        assertThat(library.count()).isEqualTo(1);
    }

    @Test
    void uploadingContentTheLibraryHasWithNewMetadataEditsThatDocumentAndNamesTheFieldsChanged() throws Exception {
        Path file = write(dir.resolve("in/a.txt"), "Alternative care reform in Moldova.");
        String id = librarian.upload(file, "a.txt", Map.of("year", "2019"), null).resource().id();
        librarian.edit(id, Map.of("title", "Care reform"));

        Upload again = librarian.upload(file, "a.txt", Map.of("title", "Alternative care reform in Moldova",
                "year", "2019"), null);

        assertThat(again.status()).isEqualTo(ItemStatus.DUPLICATE);
        assertThat(again.edited()).containsExactly("title");
        assertThat(again.resource().title()).isEqualTo("Alternative care reform in Moldova");
        assertThat(again.resource().provenance()).containsEntry(MetadataField.TITLE, FieldSource.EDIT);
        assertThat(library.get(id).orElseThrow().title()).isEqualTo("Alternative care reform in Moldova");
    }

    @Test
    void anUploadWithATitleOverTheLimitIsRefusedForItsSizeAndStoresNothing() throws Exception {
        Path file = write(dir.resolve("in/a.txt"), "Alternative care reform in Moldova.");

        assertThatThrownBy(() -> librarian.upload(file, "a.txt", Map.of("title", "T".repeat(10_000)), null))
                .isInstanceOfSatisfying(InvalidMetadataException.class, e -> assertThat(e.overLimit()).isTrue())
                .hasMessageContaining("title is 10,000 characters long");
        assertThat(library.count()).isZero();
        assertThat(blobs.all()).isEmpty();
    }

    @Test
    void anUploadWithMetadataThatCannotBeUnderstoodChangesNothing() throws Exception {
        Path file = write(dir.resolve("in/a.txt"), "Alternative care reform in Moldova.");

        assertThatThrownBy(() -> librarian.upload(file, "a.txt", Map.of("countries", "Moldavia Major"), null))
                .isInstanceOf(InvalidMetadataException.class).hasMessageContaining("countries")
                .hasMessageContaining("Moldavia Major");
        assertThat(library.count()).isZero();
        assertThat(blobs.all()).isEmpty();
    }

    @Test
    void aFileWithoutTextIsRefusedWithTheReason() throws Exception {
        Path file = write(dir.resolve("in/empty.txt"), "");

        assertThatThrownBy(() -> librarian.upload(file, "empty.txt", Map.of(), null))
                .isInstanceOfSatisfying(ExtractionFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FailureReason.EMPTY));
        assertThat(library.count()).isZero();
    }

    @Test
    void anUploadWithAGivenIdReplacesThatDocumentAndItsStoredOriginal() throws Exception {
        Upload old = librarian.upload(write(dir.resolve("in/v1.txt"), "Guidance, first edition."), "guide.txt",
                Map.of(), "guide");

        Upload replaced = librarian.upload(write(dir.resolve("in/v2.txt"), "Guidance, second edition."), "guide.txt",
                Map.of(), "guide");

        assertThat(replaced.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(replaced.resource().id()).isEqualTo("guide");
        assertThat(replaced.resource().added()).isEqualTo(old.resource().added());
        assertThat(library.count()).isEqualTo(1);
        assertThat(blobs.contains(old.resource().sha256())).isFalse();
    }

    @Test
    void aDeletedDocumentTakesItsStoredOriginalWithIt() throws Exception {
        Upload upload = librarian.upload(write(dir.resolve("in/a.txt"), "Workforce planning in Rwanda."), "a.txt",
                Map.of(), null);

        assertThat(librarian.delete(upload.resource().id())).isTrue();

        assertThat(library.get(upload.resource().id())).isEmpty();
        assertThat(blobs.all()).isEmpty();
        assertThat(librarian.delete(upload.resource().id())).isFalse();
    }

    @Test
    void anEditIsTheLibrariansAndSurvivesAnIngestOfAChangedFile() throws Exception {
        Path folder = dir.resolve("source");
        write(folder.resolve("plan.txt"), "Workforce planning in Rwanda.");
        ExtractionWorkers workers = new ExtractionWorkers(ExtractionSettings.defaults().withThreads(1));
        IngestPipeline pipeline = new IngestPipeline(library, data, IngestSettings.defaults().withThreads(1), workers);
        IngestRequest request = IngestRequest.of(List.of(SourceRoot.of(folder)), null, null, false);
        String id = pipeline.run(request, IngestListener.NONE).items().get(0).id();

        Resource edited = librarian.edit(id, Map.of("countries", "Burundi; Rwanda", "title", "")).orElseThrow();
        assertThat(edited.countries()).containsExactly("BI", "RW");
        assertThat(edited.title()).isNull();
        assertThat(edited.provenance()).containsEntry(MetadataField.COUNTRIES, FieldSource.EDIT)
                .containsEntry(MetadataField.TITLE, FieldSource.EDIT);
        assertThat(library.search(SearchRequest.builder().filter(Dimension.COUNTRY, "BI").build()).total())
                .isEqualTo(1);

        write(folder.resolve("plan.txt"), "Workforce planning in Rwanda, revised for Kenya.");
        assertThat(pipeline.run(request, IngestListener.NONE).updated()).isEqualTo(1);
        workers.close();
        assertThat(library.get(id).orElseThrow().countries()).containsExactly("BI", "RW");
    }

    @Test
    void editingAnUnknownDocumentFindsNothing() throws Exception {
        assertThat(librarian.edit("no-such-document", Map.of("year", "2020"))).isEmpty();
    }

    @Test
    void aZipJobIngestsEveryMemberAndKeepsItsReport() throws Exception {
        Path upload = zip(dir.resolve("upload.tmp"), Map.of("a.txt", utf8("Case management in Colombia."),
                "docs/b.txt", utf8("Supervision in Chile.")));

        IngestJob job = librarian.submit(upload, "bundle.zip");
        await(job::over);

        IngestJob.Status status = job.status();
        assertThat(status.state()).isEqualTo(IngestJob.State.DONE);
        assertThat(status.filesDone()).isEqualTo(2);
        assertThat(status.filesTotal()).isEqualTo(2);
        assertThat(status.report().items()).extracting(IngestItem::path)
                .containsExactly("bundle.zip!/a.txt", "bundle.zip!/docs/b.txt");
        assertThat(library.count()).isEqualTo(2);
        assertThat(upload).doesNotExist();
        List<String> names = librarian.reports().names();
        assertThat(names).hasSize(1);
        assertThat(librarian.reports().read(names.get(0))).contains(status.report());
    }

    @Test
    void aJobWhoseZipCannotBeReadEndsWithTheReasonInItsReport() throws Exception {
        Path upload = Files.write(dir.resolve("upload.tmp"), new byte[] {'P', 'K', 3, 4, 1});

        IngestJob job = librarian.submit(upload, "broken.zip");
        await(job::over);

        assertThat(job.status().report().items()).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("corrupt"));
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(JOB_DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done within " + JOB_DEADLINE);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
