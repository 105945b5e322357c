package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;

/**
 * An ingest into a real SolrCloud (2 nodes in a child JVM, a collection of 2 shards × 2 replicas) during which a
 * node goes away: the run ends, every file of the folder in its report, each as the embedded ingest of the same
 * folder has it or failed because the library was unavailable; once the node is back, the next run writes what
 * failed, and the collection then holds exactly the documents its report names (the embedded library's among
 * them), none lost and none twice.
 */
class SolrIngestFaultTest {

    private static final String COLLECTION = "library";
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    /** The node taken away. */
    private static final int LOST_NODE = 2;
    /** Files the run writes before the node goes: some before, most after. */
    private static final int FILES_BEFORE = 10;
    private static final int THREADS = 2;

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    @TempDir
    Path dir;

    @Test
    void aNodeLostDuringAnIngestLeavesEveryFileAccountedForAndNothingLostOrDoubledOnceBack() throws Exception {
        IngestedSampleLibrary sample = IngestedSampleLibrary.get();
        Set<String> expected;
        try (LuceneLibrary embedded = LuceneLibrary.openReadOnly(sample.library.data().index(), VOCABULARY)) {
            expected = ids(embedded);
        }
        SolrConnection connection = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow()
                .waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        try (CloudSolrClient client = connection.connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), 2, 2);
        }
        DataDirectory data = withTheStoredTextsOf(sample.library.data());
        ExtractionSettings extraction = ExtractionSettings.defaults().withThreads(THREADS);
        IngestSettings settings = IngestSettings.defaults().withExtraction(extraction);
        IngestRequest request = IngestRequest.of(List.of(SourceRoot.of(sample.sampleDocs.resolve("library"))),
                sample.manifest, null, false);
        try (SolrLibrary solr = connection.open(VOCABULARY, Ranking.DEFAULT);
             ExtractionWorkers workers = new ExtractionWorkers(extraction)) {
            IngestPipeline pipeline = new IngestPipeline(solr, data, settings, workers);

            IngestReport during = pipeline.run(request, stopsANodeAfter(FILES_BEFORE));

            assertThat(during.items()).extracting(IngestItem::path)
                    .containsExactlyInAnyOrderElementsOf(sample.report.items().stream().map(IngestItem::path).toList());
            assertThat(during.items()).allSatisfy(item -> {
                ItemStatus embedded = TestLibrary.item(sample.report, item.path()).status();
                // A file whose extraction failed embedded (an OCR past its time on a loaded machine) may not here.
                if (!IngestPipeline.LIBRARY_UNAVAILABLE.equals(item.reason()) && embedded != ItemStatus.FAILED) {
                    assertThat(item.status()).as(item.path()).isEqualTo(embedded);
                }
            });
            assertThat(during.items()).as("files the library refused while a node was away")
                    .anyMatch(item -> IngestPipeline.LIBRARY_UNAVAILABLE.equals(item.reason()));

            SOLR.startNode(LOST_NODE);
            IngestReport after = pipeline.run(request, IngestListener.NONE);

            assertThat(after.items()).noneMatch(item -> IngestPipeline.LIBRARY_UNAVAILABLE.equals(item.reason()));
            Set<String> reported = new TreeSet<>(after.items().stream().map(IngestItem::id)
                    .filter(Objects::nonNull).toList());
            assertThat(reported).as("the documents of the folder").containsAll(expected);
            assertThat(solr.count()).isEqualTo(reported.size());
            assertThat(ids(solr)).isEqualTo(reported);
        }
    }

    /** A listener that takes a node away once {@code files} files are written, in the middle of the run. */
    private static IngestListener stopsANodeAfter(int files) {
        AtomicInteger done = new AtomicInteger();
        return new IngestListener() {
            @Override
            public void done(IngestItem item) {
                if (done.incrementAndGet() == files) {
                    try {
                        SOLR.stopNode(LOST_NODE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    /**
     * A data directory holding the sample library's stored originals and texts but no index: the run writes every
     * document to the collection without extracting a file again.
     */
    private DataDirectory withTheStoredTextsOf(DataDirectory sample) throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        for (Path stored : List.of(sample.blobs(), sample.text())) {
            Path to = data.root().resolve(sample.root().relativize(stored));
            try (Stream<Path> files = Files.walk(stored)) {
                for (Path file : files.toList()) {
                    Path copy = to.resolve(stored.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        }
        return data;
    }

    /** Every document's id, editions of one work included (as {@code eval} lists them). */
    private static Set<String> ids(Library library) {
        return new TreeSet<>(library.rankedIds(SearchRequest.builder().sort(Sort.TITLE).build(),
                (int) library.count()));
    }
}
