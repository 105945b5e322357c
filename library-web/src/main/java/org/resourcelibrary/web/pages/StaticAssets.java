package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The pages' stylesheet and script, read from the classpath once and served from memory under
 * {@value #PATH}. Each URL carries a hash of the file's content, so browsers may cache it for a year and
 * still fetch a changed file at once. (Jetty's static-file handler would mount the whole application jar,
 * 53,000 entries, costing a second of start-up for two files.)
 */
public final class StaticAssets {

    /** URL path and classpath folder of the files. */
    public static final String PATH = "/static";
    /** Files served; each is referenced by name from the templates. */
    static final Map<String, String> FILES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");
    /** How long browsers keep a file: its URL changes when its content does. */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final int HASH_CHARS = 12;

    private final Map<String, String> urls;
    private final Map<String, byte[]> contents;

    private StaticAssets(Map<String, String> urls, Map<String, byte[]> contents) {
        this.urls = urls;
        this.contents = contents;
    }

    /** Reads and hashes every file once, at start-up. */
    public static StaticAssets load() {
        Map<String, String> urls = new HashMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        for (String file : FILES.keySet()) {
            byte[] content = read(file);
            contents.put(file, content);
            urls.put(file, PATH + "/" + file + "?v=" + hash(content));
        }
        return new StaticAssets(Map.copyOf(urls), Map.copyOf(contents));
    }

    /** {@code GET /static/{file}}. */
    void serve(Context ctx) {
        String file = ctx.pathParam("file");
        byte[] content = contents.get(file);
        if (content == null) {
            throw new NotFoundResponse("no such file");
        }
        ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
        ctx.contentType(FILES.get(file)).result(content);
    }

    /** The versioned URL of {@code file}. */
    public String url(String file) {
        String url = urls.get(file);
        if (url == null) {
            throw new IllegalArgumentException("no static file " + file + "; known: " + FILES.keySet());
        }
        return url;
    }

    private static byte[] read(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(PATH + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("static file " + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + file, e);
        }
    }

    private static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
