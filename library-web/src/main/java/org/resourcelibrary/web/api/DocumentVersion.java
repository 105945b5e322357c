package org.resourcelibrary.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.resourcelibrary.core.model.Resource;

/**
 * The validator of a stored document: the ETag of {@code GET /api/documents/{id}}, and what a librarian's change
 * sends back as {@code If-Match} to be made only on the document it was worked out from.
 *
 * <p>It is a hash of the document's JSON as every web node builds it from the stored document alone (its metadata
 * and their provenance, its file's hash, how its text was read and when it last changed), so every node gives the
 * same tag for the same stored document, and any change of a field, the file or the text (a change of the text
 * always records a new extraction and time) gives another.
 */
public final class DocumentVersion {

    /** The {@code If-Match} value that any existing document matches. */
    private static final String ANY = "*";

    private DocumentVersion() {
    }

    /**
     * The document's entity tag: strong, since the same stored document is always the same bytes of JSON.
     */
    public static String etag(Resource resource) {
        return HttpCaching.strongEtag(HttpCaching.digest(HttpCaching.bytes(DocumentJson.of(resource))));
    }

    /**
     * The condition of an {@code If-Match} header (RFC 9110 13.1.1) on the document as it stands: any document
     * without the header or for {@code *}, else only one whose tag the header lists. A tag sent weak
     * ({@code W/"…"}) names the same stored document as its strong form: proxies that compress a response
     * weaken its tag, and a librarian behind one must still be able to save.
     */
    public static Predicate<Resource> ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return current -> true;
        }
        List<String> tags = Arrays.stream(header.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .toList();
        if (tags.contains(ANY)) {
            return current -> true;
        }
        List<String> named = tags.stream().map(HttpCaching::opaque).toList();
        return current -> named.contains(etag(current));
    }
}
