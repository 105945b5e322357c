package org.resourcelibrary.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' stylesheet and script, served from the classpath under {@value #PATH}. Each URL carries a hash
 * of the file's content, so browsers may cache it for a year and still fetch a changed file at once.
 */
public final class StaticAssets {

    /** URL path and classpath folder of the files. */
    public static final String PATH = "/static";
    /** Files served; each is referenced by name from the templates. */
    static final List<String> FILES = List.of("app.css", "app.js");
    /** How long browsers keep a file: its URL changes when its content does. */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final int HASH_CHARS = 12;

    private final Map<String, String> urls;

    private StaticAssets(Map<String, String> urls) {
        this.urls = urls;
    }

    /** Hashes every file once, at start-up. */
    public static StaticAssets load() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String file : FILES) {
            urls.put(file, PATH + "/" + file + "?v=" + hash(file));
        }
        return new StaticAssets(Map.copyOf(urls));
    }

    /** The versioned URL of {@code file}. */
    public String url(String file) {
        String url = urls.get(file);
        if (url == null) {
            throw new IllegalArgumentException("no static file " + file + "; known: " + FILES);
        }
        return url;
    }

    private static String hash(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(PATH + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("static file " + file + " is missing from the classpath");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
