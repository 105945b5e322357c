package org.resourcelibrary.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.resourcelibrary.core.json.Json;

/**
 * Conditional GETs: every search and document response carries an ETag and a Cache-Control that lets caches
 * keep it but makes them revalidate (the library changes whenever a librarian uploads), and a request whose
 * {@code If-None-Match} still matches gets an empty 304.
 */
final class HttpCaching {

    /** Stored, but revalidated before each use: the ETag makes revalidation cheap. */
    static final String REVALIDATE = "public, no-cache";
    /** Versioned static files (Swagger UI): their URL changes when they do. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Hex digits of the body hash kept in a weak ETag. */
    private static final int ETAG_HEX_DIGITS = 32;

    private HttpCaching() {
    }

    /**
     * Sends {@code body} as JSON with a weak ETag computed from {@code identity} (the body without what varies
     * from request to request, such as a timing), or a 304 when the client already has it.
     */
    static void json(Context ctx, Object body, Object identity) {
        tagged(ctx, body, weakEtag(bytes(identity)));
    }

    /** Sends {@code body} as JSON with the given ETag, or a 304 when the client already has it. */
    static void tagged(Context ctx, Object body, String etag) {
        ctx.header(Header.CACHE_CONTROL, REVALIDATE);
        ctx.header(Header.ETAG, etag);
        if (matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json").result(bytes(body));
    }

    static void json(Context ctx, Object body) {
        json(ctx, body, body);
    }

    /** Whether an {@code If-None-Match} header value matches {@code etag} (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** A strong ETag: the quoted value. */
    static String strongEtag(String value) {
        return '"' + value + '"';
    }

    private static String weakEtag(byte[] content) {
        return "W/" + strongEtag(digest(content));
    }

    /** The part of {@code content}'s SHA-256 an ETag keeps, in hex. */
    static String digest(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, ETAG_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** An entity tag without its weakness mark ({@code W/}). */
    static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static byte[] bytes(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API responses are always serialisable", e);
        }
    }
}
