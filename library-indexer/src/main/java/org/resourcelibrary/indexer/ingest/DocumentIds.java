package org.resourcelibrary.indexer.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document ids: readable and stable. A file ingested from a folder or zip gets a slug of its name and a short
 * hash of its source and path ({@code zambia-workforce-assessment-2019-3fa9c2d1e0}), so re-ingesting the same
 * path gives the same id; an upload gets a short hash of its content instead.
 */
public final class DocumentIds {

    /** Hex digits of the hash after the slug: 40 bits, no collision in any realistic library. */
    static final int HASH_CHARS = 10;
    /** Longest slug kept from a file name. */
    static final int MAX_SLUG_CHARS = 60;
    /** What a given id may look like: URL- and file-name-safe. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String FALLBACK_SLUG = "document";

    private DocumentIds() {
    }

    /** The id of the file at {@code path} under {@code source}. */
    public static String forPath(String source, String path) {
        return slug(SourceFile.fileName(path)) + "-" + hash(source + "!" + path);
    }

    /** The id of an uploaded file, from its name and content hash. */
    public static String forUpload(String fileName, String sha256) {
        return slug(fileName) + "-" + sha256.substring(0, HASH_CHARS);
    }

    /** Whether {@code id} is acceptable as a caller-given id. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Lower-case ASCII words of the file name, without its extension, joined by hyphens. */
    static String slug(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ascii = MARKS.matcher(Normalizer.normalize(base, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug.length() > MAX_SLUG_CHARS ? slug.substring(0, MAX_SLUG_CHARS) : slug);
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
