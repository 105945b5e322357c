package org.resourcelibrary.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;

/**
 * The body of {@code GET /api/documents/{id}}: every field of the resource (with where each value came from and
 * how the file was read), plus where to see and download it.
 *
 * @param url     the document's page in the web UI
 * @param fileUrl where its original file is downloaded
 */
record DocumentView(@JsonUnwrapped Resource resource, String url, String fileUrl) {

    static DocumentView of(Resource resource) {
        return new DocumentView(resource, Hit.documentUrl(resource.id()), Hit.fileUrl(resource.id()));
    }
}
