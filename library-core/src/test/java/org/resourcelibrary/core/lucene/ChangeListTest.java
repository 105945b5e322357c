package org.resourcelibrary.core.lucene;

import org.resourcelibrary.core.schema.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.core.lucene.LuceneLibraryTest.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ChangeListTest {

    @TempDir
    Path dir;

    private static ChangeRequest all(Change.Position after, int count) {
        return new ChangeRequest(null, null, null, null, after, count);
    }

    private static void add(LuceneLibrary library, String... ids) throws IOException {
        for (String id : ids) {
            library.upsert(resource(id, "Title " + id, id.repeat(64).substring(0, 64), "/src"));
        }
        library.commit();
    }

    @Test
    void pagesResumeAfterTheLastChangeGivenInDatestampThenIdOrder() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "c", "a", "b");
            ChangePage first = library.changes(all(null, 2));
            ChangePage second = library.changes(all(first.changes().get(1).position(), 2));

            assertThat(first.more()).isTrue();
            assertThat(first.total()).isEqualTo(3);
            assertThat(second.more()).isFalse();
            List<Change> both = new ArrayList<>(first.changes());
            both.addAll(second.changes());
            assertThat(both).extracting(Change::id).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(both).extracting(Change::position).isSorted();
        }
    }

    @Test
    void aDocumentAddedDuringAHarvestNeitherRepeatsNorSkipsTheOthers() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "m", "n", "o", "p");
            Instant frozen = Instant.now();
            ChangeRequest firstPage = new ChangeRequest(null, frozen, null, null, null, 2);
            ChangePage first = library.changes(firstPage);
            add(library, "a", "z");
            ChangePage rest = library.changes(new ChangeRequest(null, frozen, null, null,
                    first.changes().get(1).position(), 10));

            List<String> ids = new ArrayList<>(first.changes().stream().map(Change::id).toList());
            ids.addAll(rest.changes().stream().map(Change::id).toList());
            assertThat(ids).containsSubsequence("m", "n").contains("o", "p").doesNotHaveDuplicates();
            assertThat(ids.stream().filter(List.of("m", "n", "o", "p")::contains)).hasSize(4);
        }
    }

    @Test
    void aDeletedDocumentIsListedAsDeletedInTheSetsItWasIn() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "kept", "gone");
            // Datestamps are kept to the millisecond.
            Instant beforeDeletion = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            library.delete("gone");
            library.commit();

            Change gone = library.change("gone").orElseThrow();
            assertThat(gone.deleted()).isTrue();
            assertThat(gone.datestamp()).isAfterOrEqualTo(beforeDeletion);
            assertThat(gone.resource().countries()).containsExactly("ZM");
            assertThat(library.changes(all(null, 10)).changes()).extracting(Change::id, Change::deleted)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("kept", false),
                            org.assertj.core.groups.Tuple.tuple("gone", true));
            assertThat(library.changes(new ChangeRequest(null, null, Dimension.COUNTRY, "ZM", null, 10)).total())
                    .isEqualTo(2);
            assertThat(library.changes(new ChangeRequest(null, null, Dimension.COUNTRY, "KE", null, 10)).total())
                    .isZero();
        }
    }

    @Test
    void tombstonesOutliveReopeningTheLibrary() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "gone");
            library.delete("gone");
            library.commit();
        }
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            assertThat(library.change("gone")).hasValueSatisfying(change -> assertThat(change.deleted()).isTrue());
        }
    }

    @Test
    void aDocumentAddedAgainAfterItsDeletionIsListedAsItIs() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "back");
            library.delete("back");
            library.commit();
            add(library, "back");

            assertThat(library.changes(all(null, 10)).changes()).singleElement()
                    .satisfies(change -> assertThat(change.deleted()).isFalse());
            assertThat(library.change("back")).hasValueSatisfying(c -> assertThat(c.deleted()).isFalse());
        }
    }

    @Test
    void fromAndUntilBoundTheDatestampsListed() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "early");
            Instant early = library.change("early").orElseThrow().datestamp();
            Instant between = early.plusMillis(1);
            awaitClockPast(between);
            add(library, "late");

            assertThat(library.changes(new ChangeRequest(between, null, null, null, null, 10)).changes())
                    .extracting(Change::id).containsExactly("late");
            assertThat(library.changes(new ChangeRequest(null, early, null, null, null, 10)).changes())
                    .extracting(Change::id).containsExactly("early");
        }
    }

    @Test
    void aSetSelectsItsDocumentsAndItsParentEveryDocumentWithAValue() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "a", "b");

            assertThat(library.changes(new ChangeRequest(null, null, Dimension.TYPE, "report", null, 10)).total())
                    .isEqualTo(2);
            assertThat(library.changes(new ChangeRequest(null, null, Dimension.TYPE, "toolkit", null, 10)).total())
                    .isZero();
            assertThat(library.changes(new ChangeRequest(null, null, Dimension.TOPIC, null, null, 10)).total())
                    .isEqualTo(2);
        }
    }

    @Test
    void documentsIndexedBeforeChangeStampsAreStampedWithTheirLastModificationOnOpening() throws IOException {
        ResourceContent old = resource("old", "Indexed long ago", "ab".repeat(32), "/src");
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.indexAnalyzer()))) {
            writer.addDocument(Schema.facets().build(new DocumentMapper(Vocabulary.standard()).toDocument(old)));
        }
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            assertThat(library.changes(all(null, 10)).changes()).singleElement().satisfies(change -> {
                assertThat(change.id()).isEqualTo("old");
                assertThat(change.datestamp()).isEqualTo(old.resource().modified());
            });
        }
    }

    @Test
    void anUnknownIdHasNoChange() throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(dir, Vocabulary.standard())) {
            add(library, "a");
            assertThat(library.change("never")).isEmpty();
        }
    }

    /** Waits (without sleeping) until the clock has passed an instant, so the next write is stamped after it. */
    private static void awaitClockPast(Instant instant) {
        while (!Instant.now().isAfter(instant)) {
            Thread.onSpinWait();
        }
    }
}
