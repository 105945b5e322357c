package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.ingest.TestLibrary.item;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.TextCache;

/** Re-running an ingest over a folder: only what changed is redone, and the library follows the folder. */
class IncrementalIngestTest extends FolderIngestTest {

    @BeforeEach
    void folderOfThreeDocuments() throws Exception {
        write(folder.resolve("supervision.txt"), "Supportive supervision of social workers in Zambia: a checklist.");
        write(folder.resolve("training/curriculum.txt"), "A curriculum for para-professional training in Kenya.");
        write(folder.resolve("mapping.txt"), "Mapping the social service workforce of Ghana, region by region.");
    }

    @Test
    void aNewFolderIsIndexedOneDocumentPerFile() throws Exception {
        IngestReport report = library.ingest(folder);

        assertThat(report.files()).isEqualTo(3);
        assertThat(report.indexed()).isEqualTo(3);
        assertThat(report.extracted()).isEqualTo(3);
        IngestItem curriculum = item(report, "training/curriculum.txt");
        assertThat(curriculum.id()).startsWith("curriculum-");
        assertThat(curriculum.mediaType()).isEqualTo("text/plain");
        assertThat(curriculum.chars()).isPositive();
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.search(SearchRequest.of("curriculum")).hits()).extracting("id")
                    .containsExactly(curriculum.id());
        }
    }

    @Test
    void reRunningWithNothingChangedExtractsNothingAndChangesNothing() throws Exception {
        library.ingest(folder);
        List<String> indexFiles = listing(library.data().index());
        List<String> storedFiles = listing(library.data().blobs());

        IngestReport again = library.ingest(folder);

        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.files()).isEqualTo(3);
        assertThat(again.extracted()).isZero();
        assertThat(listing(library.data().index())).isEqualTo(indexFiles);
        assertThat(listing(library.data().blobs())).isEqualTo(storedFiles);
    }

    @Test
    void touchingAFileRecordsItsNewTimeWithoutExtractingIt() throws Exception {
        String id = item(library.ingest(folder), "mapping.txt").id();
        Path mapping = folder.resolve("mapping.txt");
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(mapping).toMillis() + 60_000);
        Files.setLastModifiedTime(mapping, later);

        IngestReport again = library.ingest(folder);

        assertThat(item(again, "mapping.txt").status()).isEqualTo(ItemStatus.UNCHANGED);
        assertThat(again.extracted()).isZero();
        try (LuceneLibrary index = library.open()) {
            assertThat(index.get(id).orElseThrow().sources()).extracting(SourceRef::modifiedMillis)
                    .containsExactly(later.toMillis());
        }
    }

    @Test
    void anEditedFileIsExtractedAgainUnderTheSameId() throws Exception {
        IngestItem before = item(library.ingest(folder), "supervision.txt");
        write(folder.resolve("supervision.txt"), "Reflective supervision for case managers in Malawi.");

        IngestReport again = library.ingest(folder);

        IngestItem after = item(again, "supervision.txt");
        assertThat(after.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(again.extracted()).isEqualTo(1);
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.search(SearchRequest.of("reflective")).hits()).extracting("id")
                    .containsExactly(before.id());
            assertThat(index.search(SearchRequest.of("checklist")).total()).isZero();
        }
    }

    @Test
    void aMovedFileKeepsItsDocumentWithoutBeingExtractedAgain() throws Exception {
        String id = item(library.ingest(folder), "mapping.txt").id();
        Files.createDirectories(folder.resolve("archive"));
        Files.move(folder.resolve("mapping.txt"), folder.resolve("archive/ghana-mapping.txt"));

        IngestReport again = library.ingest(folder);

        IngestItem moved = item(again, "archive/ghana-mapping.txt");
        assertThat(moved.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(moved.movedFrom()).isEqualTo("mapping.txt");
        assertThat(moved.id()).isEqualTo(id);
        assertThat(again.extracted()).isZero();
        assertThat(again.removed()).isZero();
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.get(id).orElseThrow().sources()).extracting(SourceRef::path)
                    .containsExactly("archive/ghana-mapping.txt");
        }
    }

    @Test
    void aRenamedFileGivesItsDocumentItsNewFileName() throws Exception {
        String id = item(library.ingest(folder), "mapping.txt").id();
        Files.move(folder.resolve("mapping.txt"), folder.resolve("ghana-workforce-mapping.txt"));

        IngestReport again = library.ingest(folder);

        assertThat(item(again, "ghana-workforce-mapping.txt").movedFrom()).isEqualTo("mapping.txt");
        try (LuceneLibrary index = library.open()) {
            assertThat(index.get(id).orElseThrow().fileName()).isEqualTo("ghana-workforce-mapping.txt");
        }
    }

    @Test
    void aCopyDeletedAfterItsOriginalWasRenamedLeavesTheNameOfTheFileThatIsLeft() throws Exception {
        library.ingest(folder);
        Files.copy(folder.resolve("mapping.txt"), folder.resolve("training/ghana-copy.txt"));
        String id = item(library.ingest(folder), "training/ghana-copy.txt").id();
        Files.delete(folder.resolve("mapping.txt"));

        library.ingest(folder);

        try (LuceneLibrary index = library.open()) {
            assertThat(index.get(id).orElseThrow().fileName()).isEqualTo("ghana-copy.txt");
        }
    }

    @Test
    void aDeletedFileIsRemovedWithItsStoredCopies() throws Exception {
        IngestItem gone = item(library.ingest(folder), "training/curriculum.txt");
        String sha;
        try (LuceneLibrary index = library.open()) {
            sha = index.get(gone.id()).orElseThrow().sha256();
        }
        Files.delete(folder.resolve("training/curriculum.txt"));

        IngestReport again = library.ingest(folder);

        assertThat(item(again, "training/curriculum.txt").status()).isEqualTo(ItemStatus.REMOVED);
        assertThat(again.removed()).isEqualTo(1);
        assertThat(again.files()).isEqualTo(2);
        try (LuceneLibrary index = library.open()) {
            assertThat(index.get(gone.id())).isEmpty();
            assertThat(index.count()).isEqualTo(2);
        }
        assertThat(new BlobStore(library.data().blobs()).contains(sha)).isFalse();
        assertThat(new TextCache(library.data().text()).get(sha)).isEmpty();
    }

    @Test
    void halfWrittenReportsAndFailureLogsOfAKilledRunAreRemovedByTheNextRun() throws Exception {
        library.ingest(folder);
        Path report = Files.createDirectories(library.data().reports()).resolve("ingest-123.tmp");
        Path failures = library.data().failures().resolveSibling(library.data().failures().getFileName() + "456.tmp");
        Files.writeString(report, "{\"half");
        Files.writeString(failures, "[");

        library.ingest(folder);

        assertThat(report).doesNotExist();
        assertThat(failures).doesNotExist();
        assertThat(library.data().failures()).exists();
    }

    @Test
    void identicalContentAtTwoPathsIsOneDocumentListingBoth() throws Exception {
        Files.copy(folder.resolve("mapping.txt"), folder.resolve("training/mapping-copy.txt"));

        IngestReport report = library.ingest(folder);

        IngestItem original = item(report, "mapping.txt");
        IngestItem copy = item(report, "training/mapping-copy.txt");
        assertThat(original.status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(copy.status()).isEqualTo(ItemStatus.DUPLICATE);
        assertThat(copy.id()).isEqualTo(original.id());
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.extracted()).isEqualTo(3);
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.get(original.id()).orElseThrow().sources()).extracting(SourceRef::path)
                    .containsExactly("mapping.txt", "training/mapping-copy.txt");
        }
    }

    @Test
    void deletingOneOfTwoCopiesKeepsTheDocumentWithTheOther() throws Exception {
        Files.copy(folder.resolve("mapping.txt"), folder.resolve("training/mapping-copy.txt"));
        String id = item(library.ingest(folder), "mapping.txt").id();
        Files.delete(folder.resolve("mapping.txt"));

        IngestReport again = library.ingest(folder);

        assertThat(again.removed()).isZero();
        assertThat(again.extracted()).isZero();
        try (LuceneLibrary index = library.open()) {
            Resource kept = index.get(id).orElseThrow();
            assertThat(kept.sources()).extracting(SourceRef::path).containsExactly("training/mapping-copy.txt");
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void anEditedCopyBecomesItsOwnDocument() throws Exception {
        Files.copy(folder.resolve("mapping.txt"), folder.resolve("training/mapping-copy.txt"));
        IngestReport first = library.ingest(folder);
        write(folder.resolve("mapping.txt"), "Mapping the workforce of Senegal, a new edition.");

        IngestReport again = library.ingest(folder);

        IngestItem edited = item(again, "mapping.txt");
        assertThat(edited.status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(edited.id()).isEqualTo(item(first, "mapping.txt").id());
        assertThat(item(again, "training/mapping-copy.txt").id()).isNotEqualTo(edited.id());
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(4);
            assertThat(index.search(SearchRequest.of("senegal")).hits()).extracting("id").containsExactly(edited.id());
            assertThat(index.search(SearchRequest.of("ghana")).hits()).extracting("id")
                    .containsExactly(item(again, "training/mapping-copy.txt").id());
        }
    }

    @Test
    void hiddenAndSystemFilesAreSkippedAndSaidSo() throws Exception {
        write(folder.resolve(".DS_Store"), "finder data");
        write(folder.resolve("Thumbs.db"), "thumbnails");
        write(folder.resolve("~$supervision.docx"), "lock");
        write(folder.resolve(".git/config"), "[core]");

        IngestReport report = library.ingest(folder);

        assertThat(item(report, ".DS_Store").reason()).isEqualTo(SourceScanner.HIDDEN);
        assertThat(item(report, "Thumbs.db").reason()).isEqualTo(SourceScanner.SYSTEM);
        assertThat(item(report, "~$supervision.docx").reason()).isEqualTo(SourceScanner.LOCK);
        assertThat(item(report, ".git/").reason()).isEqualTo(SourceScanner.HIDDEN_FOLDER);
        assertThat(report.skipped()).isEqualTo(4);
        assertThat(report.indexed()).isEqualTo(3);
    }

    @Test
    void aFileWithoutTextIsReportedFailedAndTheRunGoesOn() throws Exception {
        write(folder.resolve("empty.txt"), "");

        IngestReport report = library.ingest(folder);

        IngestItem empty = item(report, "empty.txt");
        assertThat(empty.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(empty.reason()).isEqualTo("empty");
        assertThat(empty.id()).isNull();
        assertThat(report.indexed()).isEqualTo(3);
    }

    @Test
    void aFileThatFailedIsNotTriedAgainUntilItChanges() throws Exception {
        write(folder.resolve("empty.txt"), "");
        library.ingest(folder);

        IngestReport again = library.ingest(folder);

        assertThat(item(again, "empty.txt").status()).isEqualTo(ItemStatus.FAILED);
        assertThat(item(again, "empty.txt").detail()).contains(Planner.NOT_RETRIED.strip());
        assertThat(again.extracted()).isZero();
        write(folder.resolve("empty.txt"), "Now a toolkit on case management.");
        IngestReport fixed = library.ingest(folder);
        assertThat(item(fixed, "empty.txt").status()).isEqualTo(ItemStatus.INDEXED);
    }

    @Test
    void aRunAskedToRetryTriesTheFilesThatFailedAgain() throws Exception {
        write(folder.resolve("empty.txt"), "");
        library.ingest(folder);

        IngestReport retried = library.run(IngestRequest.of(List.of(SourceRoot.of(folder)), null, null, false)
                .withRetryFailed(true));

        assertThat(retried.extracted()).isEqualTo(1);
        assertThat(item(retried, "empty.txt").reason()).isEqualTo("empty");
    }

    @Test
    void aChangedFileThatNoLongerExtractsKeepsItsPreviousVersion() throws Exception {
        String id = item(library.ingest(folder), "mapping.txt").id();
        write(folder.resolve("mapping.txt"), "");

        IngestReport again = library.ingest(folder);

        IngestItem failed = item(again, "mapping.txt");
        assertThat(failed.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(failed.detail()).contains("previous version stays");
        try (LuceneLibrary index = library.open()) {
            assertThat(index.search(SearchRequest.of("ghana")).hits()).extracting("id").containsExactly(id);
        }
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndChangesNothing() throws Exception {
        library.ingest(folder);
        List<String> indexFiles = listing(library.data().index());
        write(folder.resolve("new.txt"), "A new toolkit on case management.");
        Files.delete(folder.resolve("mapping.txt"));

        IngestReport dry = library.ingest(null, true, folder);

        assertThat(dry.dryRun()).isTrue();
        assertThat(item(dry, "new.txt").status()).isEqualTo(ItemStatus.INDEXED);
        assertThat(item(dry, "mapping.txt").status()).isEqualTo(ItemStatus.REMOVED);
        assertThat(dry.extracted()).isZero();
        assertThat(listing(library.data().index())).isEqualTo(indexFiles);
        try (LuceneLibrary index = library.open()) {
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void storedFilesNoDocumentRefersToAreRemovedAtTheEndOfARun() throws Exception {
        library.ingest(folder);
        Path leftover = dir.resolve("leftover.bin");
        Files.writeString(leftover, "stored by a run that was killed before its commit");
        String orphan = new BlobStore(library.data().blobs()).put(leftover, null);

        library.ingest(folder);

        assertThat(new BlobStore(library.data().blobs()).contains(orphan)).isFalse();
        try (LuceneLibrary index = library.open()) {
            assertThat(new BlobStore(library.data().blobs()).all()).isEqualTo(index.contentHashes());
            assertThat(new TextCache(library.data().text()).all()).isEqualTo(Set.copyOf(index.contentHashes()));
        }
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }
}
