package org.resourcelibrary.core.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resourcelibrary.core.model.MetadataField.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class LuceneLibraryTest {

    @TempDir
    Path dir;

    static ResourceContent resource(String id, String title, String sha, String source) {
        Metadata metadata = Metadata.NONE.with(TITLE, title).with(SUMMARY, "A summary")
                .with(KEYWORDS, List.of("keyword")).with(AUTHORS, List.of("A. Author")).with(COUNTRIES, List.of("ZM"))
                .with(TOPICS, List.of("supervision")).with(TYPE, "report").with(LANGUAGE, "en").with(YEAR, 2020)
                .with(ORGANIZATION, "Org");
        Resource resource = Resource.of(id, metadata)
                .withMetadata(metadata, Map.of(TITLE, FieldSource.MANIFEST, COUNTRIES, FieldSource.INFERRED))
                .withFile(id + ".txt", "text/plain", 10, sha).withTimes(Instant.EPOCH, Instant.EPOCH)
                .withSources(List.of(new SourceRef(source, id + ".txt", 10, 1000)));
        return new ResourceContent(resource, List.of("first page about " + title, "second page"));
    }

    @Test
    void aResourceComesBackAsItWasStored() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            ResourceContent content = resource("a", "Supervision", "ab".repeat(32), "/src");
            library.upsert(content);
            library.commit();
            assertThat(library.get("a")).contains(content.resource());
            assertThat(library.content("a")).contains(content);
            assertThat(library.findBySha256("ab".repeat(32))).contains(content.resource());
            assertThat(library.findBySource("/src")).containsExactly(content.resource());
            assertThat(library.findBySource("/other")).isEmpty();
        }
    }

    @Test
    void aBulkLoadUpsertsAndIsSearchableFromItsCommit() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.openForBulkLoad(dir, Vocabulary.standard())) {
            library.upsert(resource("a", "First title", "ab".repeat(32), "/src"));
            library.upsert(resource("a", "Supervision", "ab".repeat(32), "/src"));
            library.upsert(resource("b", "Mentoring", "cd".repeat(32), "/src"));
            library.commit();
            assertThat(library.count()).isEqualTo(2);
            assertThat(library.search(SearchRequest.builder().query("supervision").expand(false).build()).total())
                    .isEqualTo(1);
            assertThat(library.get("a")).map(Resource::title).contains("Supervision");
        }
    }

    @Test
    void aBulkLoadsBufferIsAQuarterOfTheHeapUpToItsMost() {
        long mb = 1024 * 1024;
        assertThat(LuceneLibrary.bulkRamBufferMB(4096 * mb)).isEqualTo(LuceneLibrary.BULK_RAM_BUFFER_MB);
        assertThat(LuceneLibrary.bulkRamBufferMB(2048 * mb)).isEqualTo(512);
        assertThat(LuceneLibrary.bulkRamBufferMB(256 * mb)).isEqualTo(64);
    }

    @Test
    void contentHashesAreThoseOfTheLiveResourcesOnly() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            library.upsert(resource("a", "Kept", "ab".repeat(32), "/src"));
            library.upsert(resource("b", "Deleted", "cd".repeat(32), "/src"));
            library.commit();
            library.delete("b");
            library.commit();
            assertThat(library.contentHashes()).containsExactly("ab".repeat(32));
        }
    }

    @Test
    void upsertingTheSameIdReplacesAndDeleteRemoves() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            library.upsert(resource("a", "Old title", null, "/src"));
            library.upsert(resource("a", "New title", null, "/src"));
            library.commit();
            assertThat(library.count()).isEqualTo(1);
            assertThat(library.get("a")).get().extracting(Resource::title).isEqualTo("New title");
            library.delete("a");
            library.commit();
            assertThat(library.count()).isZero();
            assertThat(library.get("a")).isEmpty();
        }
    }

    @Test
    void aWriteIsSearchableWithinASecondWithoutACommit() throws Exception {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            library.upsert(resource("a", "Mentoring", null, "/src"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(1));
            long found = 0;
            while (found == 0 && Instant.now().isBefore(deadline)) {
                found = library.search(SearchRequest.of("mentoring")).total();
                Thread.onSpinWait();
            }
            assertThat(found).isEqualTo(1);
        }
    }

    @Test
    void onlyCommittedWritesSurviveAReopen() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            library.upsert(resource("kept", "Kept", null, "/src"));
            library.commit();
        }
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            assertThat(library.get("kept")).isPresent();
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            assertThatThrownBy(() -> LuceneLibrary.open(dir, Vocabulary.standard()))
                    .isInstanceOf(LibraryLockedException.class).hasMessageContaining("in use by another process");
        }
    }

    @Test
    void aReadOnlyLibrarySearchesWhileAnotherProcessWritesAndFollowsItsCommits() throws Exception {
        try (LuceneLibrary writer = LuceneLibrary.open(dir, Vocabulary.standard())) {
            writer.upsert(resource("a", "Alpha", null, "/src"));
            writer.commit();
            try (LuceneLibrary reader = LuceneLibrary.openReadOnly(dir, Vocabulary.standard())) {
                assertThat(reader.count()).isEqualTo(1);
                writer.upsert(resource("b", "Beta", null, "/src"));
                writer.commit();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
                while (reader.count() < 2 && Instant.now().isBefore(deadline)) {
                    Thread.onSpinWait();
                }
                assertThat(reader.count()).isEqualTo(2);
                assertThatThrownBy(() -> reader.delete("a")).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void readOnlyOpeningOfAMissingIndexSaysSo() {
        assertThatThrownBy(() -> LuceneLibrary.openReadOnly(dir.resolve("none"), Vocabulary.standard()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
