package org.resourcelibrary.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchRefusal;
import org.resourcelibrary.core.search.Sort;

/**
 * The library's opaque cursor over Solr's {@code cursorMark}: URL-safe base64 of the sort it was made for, how many
 * hits the pages so far showed, how many words had to match (a relaxed search stays relaxed on its next pages) and
 * Solr's mark, which already ends with the id, so it stays valid while the collection changes.
 *
 * @param offset      hits shown by the pages so far
 * @param mustMatch   the {@code mm} the first page's search used
 * @param mark        Solr's cursor mark, or null for a cursor that pages by offset (one that began on a page asked
 *                    for by number, past the first: Solr's marks only begin at the first hit)
 */
record SolrCursor(Sort sort, long offset, String mustMatch, String mark) {

    private static final ObjectMapper JSON = Json.mapper();
    /** Longest cursor accepted: Solr's marks are short; anything longer was not made here. */
    private static final int MAX_LENGTH = 4096;
    /** How deep an offset cursor goes: as deep as pages by number (and the embedded index's relevance cursor). */
    private static final long MAX_OFFSET = (long) SearchRequest.MAX_PAGE * SearchRequest.MAX_SIZE;

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort.param());
        node.put("o", offset);
        node.put("mm", mustMatch);
        if (mark != null) {
            node.put("m", mark);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} encodes, for a search sorted by {@code sort}. */
    static SolrCursor decode(String text, Sort sort) {
        // The embedded index's refusals, word for word: a client gets the same reason from either backend.
        if (text.length() > MAX_LENGTH) {
            throw new InvalidRequestException("cursor", SearchRefusal.CURSOR_TOO_LONG);
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", SearchRefusal.CURSOR_FOREIGN);
        }
        if (node == null || !node.path("s").asText().equals(sort.param())) {
            throw new InvalidRequestException("cursor", SearchRefusal.CURSOR_OTHER_SORT);
        }
        long offset = node.path("o").asLong(-1);
        boolean byOffset = node.path("m").isMissingNode();
        if (offset < 0 || !byOffset && !node.path("m").isTextual() || !node.path("mm").isTextual()
                || byOffset && offset > MAX_OFFSET) {
            throw new InvalidRequestException("cursor", SearchRefusal.CURSOR_DAMAGED);
        }
        return new SolrCursor(sort, offset, node.path("mm").asText(), byOffset ? null : node.path("m").asText());
    }
}
