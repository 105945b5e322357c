package org.resourcelibrary.indexer.cli;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.SolrConnection;
import picocli.CommandLine.Option;

/**
 * Where the library's index is: the embedded one in the data directory (the default), or a SolrCloud collection
 * ({@code --solr} or {@code --zk}, with {@code --collection}; or their {@code LIBRARY_*} variables). With SolrCloud,
 * the data directory still holds the originals and texts, so every web node must see the same one.
 */
public final class BackendOptions {

    @Option(names = "--solr", paramLabel = "URL[,URL...]", description = "Use the SolrCloud these Solr nodes belong "
            + "to (e.g. http://solr1:8983/solr) instead of the embedded index. Default: $" + SolrConnection.SOLR_ENV
            + ".")
    private String solr;

    @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "Use the SolrCloud this ZooKeeper "
            + "keeps (e.g. zk1:2181,zk2:2181/solr) instead of the embedded index. Default: $" + SolrConnection.ZK_ENV
            + ".")
    private String zk;

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection. Default: $"
            + SolrConnection.COLLECTION_ENV + " or " + SolrConnection.DEFAULT_COLLECTION + ".")
    private String collection;

    @Option(names = "--solr-timeout", paramLabel = "SECONDS", description = "How long to wait for SolrCloud to "
            + "answer before giving up. Default: $" + SolrConnection.TIMEOUT_ENV + " or 15.")
    private Integer timeoutSeconds;

    /** The SolrCloud the options (then {@code environment}) name; empty for the embedded index. */
    public Optional<SolrConnection> solrCloud(Map<String, String> environment) {
        try {
            return SolrConnection.of(solr, zk, collection, timeoutSeconds, environment);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The SolrCloud the options or the process's environment name; empty for the embedded index. */
    public Optional<SolrConnection> solrCloud() {
        return solrCloud(System.getenv());
    }

    /** The library to write to and search: the SolrCloud collection named, else the data directory's index. */
    public Library open(DataDirectory data, Vocabulary vocabulary, Map<String, String> environment)
            throws IOException {
        Optional<SolrConnection> cloud = solrCloud(environment);
        if (cloud.isPresent()) {
            return cloud.get().open(vocabulary, Ranking.DEFAULT);
        }
        return LuceneLibrary.open(data.index(), vocabulary);
    }

    /**
     * The library to search only: the SolrCloud collection named, else the data directory's index opened read-only
     * (so it can be searched while a server or an ingest writes to it).
     *
     * @throws java.nio.file.NoSuchFileException when the data directory holds no index yet
     */
    public Library openToSearch(DataDirectory data, Vocabulary vocabulary) throws IOException {
        Optional<SolrConnection> cloud = solrCloud();
        if (cloud.isPresent()) {
            return cloud.get().open(vocabulary, Ranking.DEFAULT);
        }
        return LuceneLibrary.openReadOnly(data.index(), vocabulary);
    }
}
