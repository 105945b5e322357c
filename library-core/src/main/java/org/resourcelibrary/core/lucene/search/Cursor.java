package org.resourcelibrary.core.lucene.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRefusal;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;

/**
 * Opaque deep-paging cursors, URL-safe base64 of a small JSON object. Sorted by a field, a cursor holds the
 * sort values of the last hit of a page (the id is always the last sort key, so it stays valid while the
 * index changes). Ranked by relevance, it holds how many hits were seen: the first answers' scores come
 * from a second stage ({@link Rescoring}), so a position is the one order both stages agree on.
 */
final class Cursor {

    /** Where a cursor points: after a hit's sort values, or (by relevance) after this many hits. */
    record Position(FieldDoc after, int offset) {
    }

    /** How deep a relevance ranking can be paged, as by page number. */
    static final int MAX_RELEVANCE_OFFSET = SearchRequest.MAX_PAGE * SearchRequest.MAX_SIZE;

    private static final ObjectMapper JSON = Json.mapper();
    private static final int MAX_LENGTH = 2048;

    private Cursor() {
    }

    /**
     * @param last the last hit of the page
     * @param seen how many hits the pages so far have shown
     */
    static String encode(Sort sort, FieldDoc last, int seen) {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort.param());
        if (sort == Sort.RELEVANCE) {
            node.put("o", seen);
            return encoded(node);
        }
        ArrayNode values = node.putArray("v");
        for (Object value : last.fields) {
            if (value instanceof BytesRef bytes) {
                values.add(bytes.utf8ToString());
            } else if (value instanceof Float f) {
                values.add(f);
            } else if (value instanceof Integer i) {
                values.add(i);
            } else if (value instanceof Long l) {
                values.add(l);
            } else {
                values.addNull();
            }
        }
        return encoded(node);
    }

    private static String encoded(ObjectNode node) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor points after.
     *
     * @throws InvalidRequestException when the cursor was not issued for this sort or is damaged
     */
    static Position decode(String cursor, Sort sort, SortField[] fields) {
        if (cursor.length() > MAX_LENGTH) {
            throw bad(SearchRefusal.CURSOR_TOO_LONG);
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | IOException e) {
            throw bad(SearchRefusal.CURSOR_FOREIGN);
        }
        if (node == null || !sort.param().equals(node.path("s").asText())) {
            throw bad(SearchRefusal.CURSOR_OTHER_SORT);
        }
        if (sort == Sort.RELEVANCE) {
            JsonNode seen = node.path("o");
            check(seen.isInt() && seen.asInt() >= 0);
            if (seen.asInt() > MAX_RELEVANCE_OFFSET) {
                throw new InvalidRequestException("cursor", SearchRefusal.RELEVANCE_DEPTH, MAX_RELEVANCE_OFFSET);
            }
            return new Position(null, seen.asInt());
        }
        JsonNode values = node.path("v");
        if (!values.isArray() || values.size() != fields.length) {
            throw bad(SearchRefusal.CURSOR_DAMAGED);
        }
        Object[] sortValues = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            sortValues[i] = value(values.get(i), fields[i]);
        }
        return new Position(new FieldDoc(Integer.MAX_VALUE, Float.NaN, sortValues), 0);
    }

    private static Object value(JsonNode value, SortField field) {
        return switch (field.getType()) {
            case SCORE -> {
                check(value.isNumber());
                yield (float) value.asDouble();
            }
            case INT -> {
                check(value.isInt());
                yield value.asInt();
            }
            case LONG -> {
                check(value.isIntegralNumber());
                yield value.asLong();
            }
            case STRING -> {
                check(value.isTextual());
                yield new BytesRef(value.asText());
            }
            default -> throw bad(SearchRefusal.CURSOR_DAMAGED);
        };
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw bad(SearchRefusal.CURSOR_DAMAGED);
        }
    }

    private static InvalidRequestException bad(SearchRefusal why) {
        return new InvalidRequestException("cursor", why);
    }
}
