package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * The list of changes (OAI-PMH, feeds, alerts) on SolrCloud against the embedded index, the same documents written,
 * deleted and written again in both: the same changes page after page, the same sets, the same deletions, and
 * searches that never see a tombstone. Datestamps are each backend's own write times, so changes are compared by
 * document and kind, and each list's order by its own datestamps.
 */
@ExtendWith(TestCloud.class)
class SolrChangesTest {

    private static final String COLLECTION = "changes";
    private static final int DOCUMENTS = 40;
    /** Documents deleted, of which the first is written again. */
    private static final int DELETED = 4;
    /** Changes per page: small, so that the list takes many pages. */
    private static final int PAGE = 3;
    /** Words per document: the corpus's shortest (the text plays no part here). */
    private static final int MEDIAN_WORDS = 60;
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static SideBySide both;
    private static LuceneLibrary lucene;
    private static SolrLibrary solr;
    private static List<ResourceContent> documents;

    @BeforeAll
    static void load() throws Exception {
        documents = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, VOCABULARY, MEDIAN_WORDS).contents(DOCUMENTS).toList();
        both = SideBySide.writing(TestCloud.library(COLLECTION, VOCABULARY), VOCABULARY, library -> {
            for (ResourceContent content : documents) {
                library.upsert(content);
            }
            // The embedded index buries only what its last commit shows.
            library.commit();
            for (ResourceContent content : documents.subList(0, DELETED)) {
                library.delete(content.resource().id());
            }
            library.upsert(documents.get(0));
            library.commit();
        });
        lucene = both.lucene();
        solr = both.solr();
    }

    @AfterAll
    static void close() throws Exception {
        both.close();
    }

    @Test
    void pagesGoThroughEveryChangeOnceInDatestampOrderAsEmbedded() {
        List<Change> fromSolr = everyPage(solr, null, null);
        assertThat(kinds(fromSolr)).isEqualTo(kinds(everyPage(lucene, null, null)));
        assertThat(fromSolr).extracting(Change::position).isSorted();
        assertThat(fromSolr).extracting(Change::id).doesNotHaveDuplicates();
        assertThat(fromSolr).hasSize(DOCUMENTS);
        assertThat(solr.changes(new ChangeRequest(null, null, null, null, null, PAGE)).total()).isEqualTo(DOCUMENTS);
    }

    @Test
    void aSetListsTheSameDocumentsAndDeletionsAsEmbedded() {
        String type = documents.get(1).resource().type();
        assertThat(kinds(everyPage(solr, Dimension.TYPE, type))).isEqualTo(kinds(everyPage(lucene, Dimension.TYPE,
                type))).isNotEmpty();
        assertThat(kinds(everyPage(solr, Dimension.COUNTRY, null))).isEqualTo(kinds(everyPage(lucene,
                Dimension.COUNTRY, null))).isNotEmpty();
    }

    @Test
    void aDeletedDocumentIsItsTombstoneAndOneWrittenAgainIsLive() {
        String deleted = documents.get(1).resource().id();
        String again = documents.get(0).resource().id();
        assertThat(solr.change(deleted)).hasValueSatisfying(change -> {
            assertThat(change.deleted()).isTrue();
            assertThat(change.resource()).isEqualTo(lucene.change(deleted).orElseThrow().resource());
        });
        assertThat(solr.change(again)).hasValueSatisfying(change -> {
            assertThat(change.deleted()).isFalse();
            assertThat(change.resource()).isEqualTo(lucene.change(again).orElseThrow().resource());
        });
        assertThat(solr.change("never-written")).isEmpty();
    }

    @Test
    void searchesAndCountsNeverSeeTombstones() {
        assertThat(solr.count()).isEqualTo(lucene.count()).isEqualTo(DOCUMENTS - DELETED + 1);
        SearchRequest everything = SearchRequest.builder().build();
        assertThat(solr.search(everything).total()).isEqualTo(lucene.search(everything).total());
        assertThat(solr.get(documents.get(1).resource().id())).isEmpty();
    }

    /** Every change of the list (or of a set), page after page. */
    private static List<Change> everyPage(Library library, Dimension dimension, String value) {
        List<Change> changes = new ArrayList<>();
        Change.Position after = null;
        ChangePage page;
        do {
            page = library.changes(new ChangeRequest(null, null, dimension, value, after, PAGE));
            changes.addAll(page.changes());
            after = page.changes().isEmpty() ? null : page.changes().get(page.changes().size() - 1).position();
        } while (page.more() && changes.size() <= DOCUMENTS);
        return changes;
    }

    /** Document id → whether its change is a deletion. */
    private static Map<String, Boolean> kinds(List<Change> changes) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        changes.forEach(change -> kinds.put(change.id(), change.deleted()));
        return Map.copyOf(kinds);
    }
}
