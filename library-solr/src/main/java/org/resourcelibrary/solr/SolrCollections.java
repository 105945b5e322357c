package org.resourcelibrary.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * {@code library solr init}: uploads the generated configset (under a name carrying its fingerprint) and creates the
 * collection with it. Running it again changes nothing; a collection made with another configset (another version
 * of the library's schema) is refused, with what to do.
 */
public final class SolrCollections {

    /** How a library moves into a collection this version can use: the end of every refusal of an older one. */
    static final String UPGRADE = "To upgrade, create a new collection with `library solr init --collection NEW`, "
            + "copy the library into it (`library solr import --from-collection OLD --collection NEW`), then point "
            + "every node at NEW (or move an alias)";

    /**
     * How long to let {@link #init} wait for SolrCloud: creating a collection waits until every replica is active,
     * far longer than a search may take, so a client for it waits at least this long.
     */
    public static final Duration INIT_TIMEOUT = Duration.ofMinutes(3);

    /** What {@link #init} did. */
    public enum Outcome { CREATED, ALREADY_THERE }

    private final CloudSolrClient client;

    public SolrCollections(CloudSolrClient client) {
        this.client = client;
    }

    /**
     * Makes sure {@code collection} exists with {@code configset}, {@code shards} shards of {@code replicas}
     * replicas each.
     *
     * @throws IllegalStateException when the collection exists with another configset
     */
    public Outcome init(String collection, Configset configset, int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("a collection needs at least one shard and one replica, asked for "
                    + shards + " shards of " + replicas + " replicas");
        }
        try {
            if (CollectionAdminRequest.listCollections(client).contains(collection)) {
                DocCollection state = client.getClusterState().getCollection(collection);
                if (!configset.name().equals(state.getConfigName()) || !routedByWork(state)) {
                    throw new IllegalStateException("collection " + collection + " uses configset "
                            + state.getConfigName() + " routed by " + routing(state) + ", not this library's "
                            + configset.name() + " routed by " + SolrFields.WORK_KEY + ". " + UPGRADE);
                }
                return Outcome.ALREADY_THERE;
            }
            upload(configset);
            CollectionAdminRequest.Create create =
                    CollectionAdminRequest.createCollection(collection, configset.name(), shards, replicas);
            // Routed by the work, so that a work's editions share a shard: Solr collapses them, and counts works,
            // only within a shard. A collection made before (routed by id, another configset) is refused above.
            create.setRouterField(SolrFields.WORK_KEY);
            create.setWaitForFinalState(true);
            create.process(client);
            return Outcome.CREATED;
        } catch (SolrServerException | SolrException e) {
            throw new IOException("creating collection " + collection + " on SolrCloud failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a collection keeps the editions of a work on one shard, as this library's searches (collapsed by work)
     * and writes (placed by work) need: a collection made before works were grouped is routed by id.
     */
    static boolean routedByWork(DocCollection state) {
        return SolrFields.WORK_KEY.equals(state.getRouter().getRouteField(state));
    }

    /** The field a collection routes documents by ("id" when none is named). */
    static String routing(DocCollection state) {
        String field = state.getRouter().getRouteField(state);
        return field == null ? "id" : field;
    }

    /** Uploads the configset unless the cluster has it: its name says its content, so it is never overwritten. */
    private void upload(Configset configset) throws IOException, SolrServerException {
        ConfigSetAdminResponse.List list = new ConfigSetAdminRequest.List().process(client);
        List<String> names = list.getConfigSets();
        if (names.contains(configset.name())) {
            return;
        }
        Path zip = Files.createTempFile("library-configset", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> file : configset.files().entrySet()) {
                    entries.putNextEntry(new ZipEntry(file.getKey()));
                    entries.write(file.getValue());
                    entries.closeEntry();
                }
            }
            new ConfigSetAdminRequest.Upload().setConfigSetName(configset.name())
                    .setUploadFile(zip.toFile(), "application/octet-stream").process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
