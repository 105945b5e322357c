package org.resourcelibrary.indexer.cli.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Solr's own HTTP API, spoken with the JDK's client, to check a local SolrCloud from a module that has no SolrJ:
 * a minimal configset, a collection, documents, counts.
 */
final class SolrHttp {

    /** The smallest configset SolrCloud accepts: an id, the version field its update log needs, and a title. */
    private static final Map<String, String> CONFIGSET = Map.of(
            "solrconfig.xml", """
                    <config>
                      <luceneMatchVersion>9.12</luceneMatchVersion>
                      <updateHandler class="solr.DirectUpdateHandler2"><updateLog/></updateHandler>
                      <requestHandler name="/select" class="solr.SearchHandler"/>
                    </config>
                    """,
            "managed-schema.xml", """
                    <schema name="minimal" version="1.6">
                      <fieldType name="string" class="solr.StrField"/>
                      <fieldType name="plong" class="solr.LongPointField"/>
                      <field name="id" type="string" indexed="true" stored="true" required="true"/>
                      <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
                      <field name="title" type="string" indexed="true" stored="true"/>
                      <uniqueKey>id</uniqueKey>
                    </schema>
                    """);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String node;

    /** @param node a node's base URL ({@code http://127.0.0.1:PORT/solr}) */
    SolrHttp(String node) {
        this.node = node;
    }

    /** The names of the live nodes, as ZooKeeper lists them. */
    List<String> liveNodes() throws IOException, InterruptedException {
        JsonNode status = get("/admin/collections?action=CLUSTERSTATUS");
        return JSON.convertValue(status.path("cluster").path("live_nodes"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
    }

    /** Uploads the minimal configset and makes {@code collection} with it. */
    void createCollection(String collection, int shards, int replicas) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(node + "/admin/configs?action=UPLOAD&name=" + collection))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip())));
        get("/admin/collections?action=CREATE&name=" + collection + "&numShards=" + shards + "&replicationFactor="
                + replicas + "&collection.configName=" + collection + "&waitForFinalState=true");
    }

    /** Adds documents of these ids and commits. */
    void add(String collection, List<String> ids) throws IOException, InterruptedException {
        String documents = JSON.writeValueAsString(ids.stream().map(id -> Map.of("id", id, "title", "t " + id))
                .toList());
        send(HttpRequest.newBuilder(URI.create(node + "/" + collection + "/update?commit=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(documents)));
    }

    /** How many documents the collection holds. */
    long count(String collection) throws IOException, InterruptedException {
        return get("/" + collection + "/select?q=*:*&rows=0").path("response").path("numFound").asLong();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(node + path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : CONFIGSET.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
