package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import picocli.CommandLine;

/**
 * {@code library solr import}: the sample library, ingested embedded through the real pipeline, moved into a real
 * SolrCloud (2 nodes, in a child JVM), into a collection of 2 shards × 2 replicas made by {@code solr init}, has the same
 * documents, datestamps, totals and facet counts; run again, it writes only what the collection lacks. Deleted
 * documents' tombstones go along, and a library moves from one collection to another the same way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrImportTest {

    private static final String COLLECTION = "imported";
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    /** More changes than any library of these tests has: a harvest in one page. */
    private static final int HARVEST = 1_000;

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    private static IngestedSampleLibrary sample;
    private static LuceneLibrary lucene;
    private static SolrLibrary solr;
    private static SolrConnection connection;

    @BeforeAll
    static void collection() throws Exception {
        sample = IngestedSampleLibrary.get();
        lucene = LuceneLibrary.openReadOnly(sample.library.data().index(), VOCABULARY);
        connection = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow();
        init(COLLECTION);
        solr = connection.open(VOCABULARY, Ranking.DEFAULT);
    }

    @AfterAll
    static void close() throws Exception {
        lucene.close();
        solr.close();
    }

    @Test
    @Order(1)
    void movesEveryDocumentWithItsMetadataAndText() throws Exception {
        String out = importLibrary();

        long documents = lucene.count();
        assertThat(out).contains(documents + " documents in", documents + " imported, 0 updated, 0 already there, "
                + "0 failed");
        assertThat(solr.count()).isEqualTo(documents);
        assertThat(solr.contentHashes()).isEqualTo(lucene.contentHashes());
        for (Change change : lucene.changes(new ChangeRequest(null, null, null, null, null, (int) documents))
                .changes()) {
            assertThat(solr.get(change.id())).as(change.id()).isEqualTo(lucene.get(change.id()));
            // The collection's own list of changes: a real-time get by id alone would look on the shard the id routes
            // to, not the one its work does.
            assertThat(solr.change(change.id())).as("datestamp of " + change.id())
                    .map(c -> c.datestamp().toEpochMilli()).contains(change.datestamp().toEpochMilli());
        }
    }

    @Test
    @Order(2)
    void findsTheSameTotalsAndFacetCounts() {
        // Browsing and filters only: how a text query matches is the backends' own (see BackendNotes), not the
        // import's.
        for (SearchRequest request : List.of(SearchRequest.builder().build(),
                SearchRequest.builder().filter(Dimension.LANGUAGE, "fr").build(),
                SearchRequest.builder().filter(Dimension.TYPE, "toolkit").build())) {
            SearchResponse embedded = lucene.search(request);
            SearchResponse cloud = solr.search(request);
            assertThat(cloud.total()).as("total of %s", request).isEqualTo(embedded.total());
            assertThat(counts(cloud)).as("facet counts of %s", request).isEqualTo(counts(embedded));
        }
    }

    @Test
    @Order(3)
    void writesAgainOnlyWhatTheCollectionLacks() throws Exception {
        String missing = lucene.changes(new ChangeRequest(null, null, null, null, null, 1)).changes().get(0).id();
        solr.delete(missing);
        solr.commit();

        String out = importLibrary();

        assertThat(out).contains("1 imported, 0 updated, " + (lucene.count() - 1) + " already there, 0 failed");
        assertThat(solr.get(missing)).isEqualTo(lucene.get(missing));
    }

    @Test
    @Order(4)
    void carriesDeletionsOverWithTheirTimesSoHarvestersSeeThem(@TempDir Path dir) throws Exception {
        List<String> ids = lucene.changes(new ChangeRequest(null, null, null, null, null, 3)).changes().stream()
                .map(Change::id).toList();
        DataDirectory data = new DataDirectory(dir).create();
        init("deletions");
        try (LuceneLibrary embedded = LuceneLibrary.open(data.index(), VOCABULARY);
             SolrLibrary cloud = connection.inCollection("deletions").open(VOCABULARY, Ranking.DEFAULT)) {
            for (String id : ids) {
                embedded.upsert(lucene.content(id).orElseThrow());
            }
            // A deletion leaves a tombstone of what searches see, as after an ingest.
            embedded.commit();
            embedded.delete(ids.get(0));
            embedded.commit();

            assertThat(importLibrary(dir, "deletions")).contains("2 documents in", "1 deletions, 1 carried over now");
            assertThat(harvest(cloud)).isEqualTo(harvest(embedded)).hasSize(3);

            // Deleted after the move: the next import deletes it in the collection too, at the same time.
            embedded.delete(ids.get(1));
            embedded.commit();
            assertThat(importLibrary(dir, "deletions")).contains("1 documents in", "0 imported, 0 updated, "
                    + "1 already there", "2 deletions, 1 carried over now");
            assertThat(harvest(cloud)).isEqualTo(harvest(embedded));
            assertThat(cloud.get(ids.get(1))).isEmpty();
            assertThat(cloud.change(ids.get(1)).orElseThrow().deleted()).isTrue();
        }
    }

    @Test
    @Order(5)
    void copiesACollectionIntoAnotherDeletionsIncludedAndResumes() throws Exception {
        String deleted = lucene.changes(new ChangeRequest(null, null, null, null, null, 1)).changes().get(0).id();
        solr.delete(deleted);
        solr.commit();
        init("copied");
        try (SolrLibrary copy = connection.inCollection("copied").open(VOCABULARY, Ranking.DEFAULT)) {
            assertThat(copyCollection()).contains((lucene.count() - 1) + " documents in collection " + COLLECTION
                    + ": " + (lucene.count() - 1) + " imported", "1 deletions, 1 carried over now");
            assertThat(harvest(copy)).isEqualTo(harvest(solr));
            assertThat(copy.contentHashes()).isEqualTo(solr.contentHashes());
            for (Change change : solr.changes(new ChangeRequest(null, null, null, null, null, HARVEST)).changes()) {
                assertThat(copy.content(change.id())).as(change.id()).isEqualTo(solr.content(change.id()));
            }

            String lost = solr.changes(new ChangeRequest(null, null, null, null, null, HARVEST)).changes().stream()
                    .filter(change -> !change.deleted()).findFirst().orElseThrow().id();
            copy.delete(lost);
            copy.commit();
            assertThat(copyCollection()).contains("1 imported, 0 updated, " + (lucene.count() - 2)
                    + " already there, 0 failed; 1 deletions, 0 carried over now");
            assertThat(harvest(copy)).isEqualTo(harvest(solr));
        }
    }

    @Test
    @Order(6)
    void refusesToCopyACollectionIntoItself() {
        int exit = LibraryCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(new StringWriter())).execute("solr", "import", "--zk", SOLR.zkAddress(),
                        "--collection", COLLECTION, "--from-collection", COLLECTION);
        assertThat(exit).isNotZero();
    }

    /** The list of changes a harvester reads, in its order: id, datestamp and whether deleted. */
    private static List<String> harvest(Library library) {
        return library.changes(new ChangeRequest(null, null, null, null, null, HARVEST)).changes().stream()
                .map(change -> change.id() + "@" + change.datestamp().toEpochMilli()
                        + (change.deleted() ? " deleted" : "")).toList();
    }

    private static void init(String collection) {
        assertThat(library("solr", "init", "--zk", SOLR.zkAddress(), "--collection", collection, "--shards", "2",
                "--replicas", "2")).contains("created collection " + collection);
    }

    private static String copyCollection() {
        return library("solr", "import", "--from-collection", COLLECTION, "--zk", SOLR.zkAddress(),
                "--collection", "copied");
    }

    private static String importLibrary(Path data, String collection) {
        return library("solr", "import", "--data", data.toString(), "--zk", SOLR.zkAddress(), "--collection",
                collection);
    }

    private static String importLibrary() {
        return library("solr", "import", "--data", sample.library.data().root().toString(), "--zk", SOLR.zkAddress(),
                "--collection", COLLECTION);
    }

    /** What {@code library ARGS} prints, having checked that it succeeded. */
    private static String library(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine library = LibraryCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = library.execute(args);
        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        return out.toString();
    }

    /** Every facet value's count, children (countries of a region) included: {@code dimension/value=count}. */
    private static Set<String> counts(SearchResponse response) {
        return response.facets().entrySet().stream().flatMap(dimension -> dimension.getValue().stream()
                .flatMap(value -> Stream.concat(Stream.of(value), value.children().stream()))
                .map(value -> dimension.getKey() + "/" + value.value() + "=" + value.count()))
                .collect(Collectors.toSet());
    }
}
