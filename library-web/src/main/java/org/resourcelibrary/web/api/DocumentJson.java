package org.resourcelibrary.web.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.Hit;

/**
 * The body of {@code GET /api/documents/{id}}: every field of the resource (with where each value came from and
 * how the file was read), plus where to see and download it.
 *
 * @param sources where the content was found, as paths within what was ingested: the server's own folders
 *                (the ingest roots) are not shown to the public
 * @param url     the document's page in the web UI
 * @param fileUrl where its original file is downloaded
 */
record DocumentJson(Resource resource, List<Location> sources, String url, String fileUrl) {

    private static final String SOURCES = "sources";

    /** One place the content was found: its path within the folder, zip or upload it came from. */
    record Location(String path, boolean upload, long size, long modifiedMillis) {
        static Location of(SourceRef ref) {
            return new Location(ref.path(), SourceRef.UPLOAD.equals(ref.source()), ref.size(), ref.modifiedMillis());
        }
    }

    static DocumentJson of(Resource resource) {
        return new DocumentJson(resource, resource.sources().stream().map(Location::of).toList(),
                Hit.documentUrl(resource.id()), Hit.fileUrl(resource.id()));
    }

    /** The resource's own JSON, its sources (with the server's folders) replaced by the locations, then links. */
    @JsonValue
    ObjectNode json() {
        ObjectNode node = Json.mapper().valueToTree(resource);
        node.remove(SOURCES);
        node.set(SOURCES, Json.mapper().valueToTree(sources));
        return node.put("url", url).put("fileUrl", fileUrl);
    }
}
