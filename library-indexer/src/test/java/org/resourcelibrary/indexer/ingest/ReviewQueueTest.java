package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.review.AcceptanceFigure;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.resourcelibrary.indexer.review.ReviewDecision;
import org.resourcelibrary.indexer.review.ReviewDecision.Decision;
import org.resourcelibrary.indexer.review.ReviewItem;
import org.resourcelibrary.indexer.review.ReviewLog;
import org.resourcelibrary.indexer.review.ReviewQueue;

/** The review queue over a real ingest: what it lists, each decision, and decisions kept by later ingests. */
class ReviewQueueTest extends FolderIngestTest {

    private static final String CHECKLIST = "supervision.txt";

    @BeforeEach
    void folderWithADocumentNamingZambiaOnce() throws Exception {
        write(folder.resolve(CHECKLIST), "Supportive supervision of social workers in Zambia: a checklist.");
        write(folder.resolve("mapping.txt"), "Mapping the social service workforce of Ghana, region by region.");
    }

    /** The queue and a reviewer over an open library, as the web service has them. */
    private record Desk(LuceneLibrary library, Librarian librarian, ReviewQueue queue, Reviewer reviewer)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            librarian.close();
            library.close();
        }
    }

    private Desk desk() throws Exception {
        LuceneLibrary index = library.open();
        Librarian librarian = new Librarian(index, library.data(), IngestSettings.defaults().withThreads(1));
        ReviewLog log = new ReviewLog(library.data());
        ReviewQueue queue = new ReviewQueue(index, new EvidenceStore(library.data()), log);
        return new Desk(index, librarian, queue, new Reviewer(index, librarian, queue, log));
    }

    private static ReviewItem zambia(ReviewQueue queue) throws Exception {
        return queue.items().stream().filter(item -> item.field() == MetadataField.COUNTRIES
                && item.value().equals("ZM")).findFirst().orElseThrow();
    }

    private static Resource document(Desk desk, ReviewItem item) {
        return desk.library().get(item.document()).orElseThrow();
    }

    @Test
    void aCountryMentionedOnceWaitsWithTheWordsThatNameIt() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            ReviewItem item = zambia(desk.queue());
            assertThat(item.clues()).containsExactly(new Clue("Zambia", Clue.FIRST_PAGE, null));
            assertThat(item.title()).isEqualTo(document(desk, item).title());
            assertThat(desk.queue().items()).extracting(ReviewItem::field).contains(MetadataField.TITLE);
        }
    }

    @Test
    void acceptingKeepsTheValueAsTheLibrariansAndTakesItOffTheQueue() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            ReviewItem item = zambia(desk.queue());
            desk.reviewer().decide(item.id(), Decision.ACCEPT, null).orElseThrow();

            Resource accepted = document(desk, item);
            assertThat(accepted.countries()).containsExactly("ZM");
            assertThat(accepted.provenance()).containsEntry(MetadataField.COUNTRIES, FieldSource.EDIT);
            assertThat(desk.queue().item(item.id())).isEmpty();
            assertThat(desk.queue().acceptance()).containsExactly(new AcceptanceFigure(MetadataField.COUNTRIES, 1, 1,
                    1.0));
        }
    }

    @Test
    void correctingPutsTheLibrariansValueInPlaceSoASearchByItFindsTheDocument() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            ReviewItem item = zambia(desk.queue());
            ReviewDecision decision = desk.reviewer().decide(item.id(), Decision.CORRECT, "Malawi").orElseThrow();

            assertThat(decision.correction()).isEqualTo("MW");
            assertThat(document(desk, item).countries()).containsExactly("MW");
            assertThat(desk.library().search(SearchRequest.builder().filter(Dimension.COUNTRY, "MW").build()).hits())
                    .extracting("id").containsExactly(item.document());
            assertThat(desk.queue().acceptance()).containsExactly(new AcceptanceFigure(MetadataField.COUNTRIES, 1, 0,
                    0.0));
        }
    }

    @Test
    void rejectingRemovesTheValue() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            ReviewItem item = zambia(desk.queue());
            desk.reviewer().decide(item.id(), Decision.REJECT, null).orElseThrow();

            assertThat(document(desk, item).countries()).isEmpty();
            assertThat(desk.queue().item(item.id())).isEmpty();
        }
    }

    @Test
    void aTitleCannotBeRejectedNorACorrectionBeEmpty() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            ReviewItem title = desk.queue().items().stream().filter(item -> item.field() == MetadataField.TITLE)
                    .findFirst().orElseThrow();
            assertThatThrownBy(() -> desk.reviewer().decide(title.id(), Decision.REJECT, null))
                    .isInstanceOf(InvalidMetadataException.class).hasMessageContaining("keeps a title");
            assertThatThrownBy(() -> desk.reviewer().decide(title.id(), Decision.CORRECT, " "))
                    .isInstanceOf(InvalidMetadataException.class).hasMessageContaining("needs the value");
            assertThat(desk.queue().item(title.id())).isPresent();
        }
    }

    @Test
    void severalItemsAreAcceptedTogether() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            List<String> ids = desk.queue().items().stream().map(ReviewItem::id).toList();
            List<ReviewDecision> made = desk.reviewer().decideAll(ids, Decision.ACCEPT);

            assertThat(made).hasSize(ids.size());
            assertThat(desk.queue().items()).isEmpty();
        }
    }

    @Test
    void aReIngestOfTheChangedFileKeepsTheDecisionAndTheReportGivesTheShareAccepted() throws Exception {
        library.ingest(folder);
        String id;
        try (Desk desk = desk()) {
            ReviewItem item = zambia(desk.queue());
            id = item.document();
            desk.reviewer().decide(item.id(), Decision.CORRECT, "MW").orElseThrow();
        }
        Files.writeString(folder.resolve(CHECKLIST), "\nRevised edition.", StandardOpenOption.APPEND);

        IngestReport again = library.ingest(folder);

        assertThat(TestLibrary.item(again, CHECKLIST).status()).isEqualTo(ItemStatus.UPDATED);
        assertThat(again.review().acceptance()).containsExactly(new AcceptanceFigure(MetadataField.COUNTRIES, 1, 0,
                0.0));
        try (Desk desk = desk()) {
            assertThat(desk.library().get(id).orElseThrow().countries()).containsExactly("MW");
            assertThat(desk.queue().items()).noneMatch(item -> item.field() == MetadataField.COUNTRIES
                    && item.document().equals(id));
            assertThat(again.review().waiting()).isEqualTo(desk.queue().items().size());
        }
    }

    @Test
    void aLanguageDetectedFromALineOfTextWaitsWithTheDetectorsGuesses() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            String checklist = zambia(desk.queue()).document();
            ReviewItem language = desk.queue().items().stream().filter(item -> item.field() == MetadataField.LANGUAGE
                    && item.document().equals(checklist)).findFirst().orElseThrow();
            assertThat(language.value()).isEqualTo("en");
            assertThat(language.clues().get(0).place()).isEqualTo(Clue.DETECTOR);
            assertThat(language.clues().get(0).words()).startsWith("en ");
            assertThat(language.clues().get(1).place()).isEqualTo(Clue.TEXT);
            assertThat(language.clues().get(1).words()).contains("Supportive supervision of social workers in Zambia");
        }
    }

    @Test
    void deletingADocumentDeletesItsEvidence() throws Exception {
        library.ingest(folder);

        try (Desk desk = desk()) {
            String id = zambia(desk.queue()).document();
            EvidenceStore evidence = new EvidenceStore(library.data());
            assertThat(evidence.read(id)).isNotEmpty();

            assertThat(desk.librarian().delete(id)).isTrue();

            assertThat(evidence.all()).doesNotContainKey(id);
            assertThat(desk.queue().items()).noneMatch(item -> item.document().equals(id));
        }
    }

    @Test
    void aDocumentWhoseFileIsGoneLosesItsEvidenceAtTheNextIngest() throws Exception {
        library.ingest(folder);
        String id;
        try (Desk desk = desk()) {
            id = zambia(desk.queue()).document();
        }
        Files.delete(folder.resolve(CHECKLIST));

        library.ingest(folder);

        assertThat(new EvidenceStore(library.data()).all()).doesNotContainKey(id).isNotEmpty();
    }
}
