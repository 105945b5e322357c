package org.resourcelibrary.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings of the web service, each with a named default. Layered by {@code serve}: defaults, then environment
 * variables ({@link #fromEnvironment}), then command-line flags. An invalid value is refused here, at start-up.
 *
 * @param port            HTTP port (0 picks a free one)
 * @param corsOrigins     origins allowed to call the read endpoints from a browser ({@code *} for any)
 * @param maxUploadBytes  largest file a librarian may upload
 * @param publicUrl       where members reach the library (e.g. {@code https://example.org/library}), for absolute
 *                        links; null to take the scheme and host of each request
 * @param adminEmail      whom harvesters write to about the library (OAI-PMH {@code Identify}); null for
 *                        {@code librarian@} the public host
 * @param maxExcerptPages most pages one request may cut from a document ({@code /api/documents/{id}/pages}): a
 *                        low-bandwidth download is a few pages, not the document again
 */
public record WebSettings(int port, List<String> corsOrigins, long maxUploadBytes, String publicUrl,
                          String adminEmail, int maxExcerptPages) {

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    public static final String ANY_ORIGIN = "*";
    public static final int DEFAULT_MAX_EXCERPT_PAGES = 50;

    public static final String PORT_VARIABLE = "LIBRARY_PORT";
    public static final String CORS_ORIGINS_VARIABLE = "LIBRARY_CORS_ORIGINS";
    public static final String MAX_UPLOAD_MB_VARIABLE = "LIBRARY_MAX_UPLOAD_MB";
    public static final String PUBLIC_URL_VARIABLE = "LIBRARY_PUBLIC_URL";
    public static final String ADMIN_EMAIL_VARIABLE = "LIBRARY_ADMIN_EMAIL";
    public static final String MAX_EXCERPT_PAGES_VARIABLE = "LIBRARY_MAX_EXCERPT_PAGES";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");

    /** An absolute http(s) URL with no query or fragment: links are made by appending paths to it. */
    private static final Pattern PUBLIC_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[^?#\\s]*)?");

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final long BYTES_PER_MB = 1024L * 1024;
    /** Largest upload limit accepted: beyond this an upload is surely a mistake. */
    private static final long MAX_UPLOAD_MB = 100L * 1024;
    /** Largest excerpt limit accepted: a PDF of more pages is the document again, which the file link gives. */
    private static final int LARGEST_EXCERPT_PAGES = 1_000;

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxUploadBytes < 1 || maxUploadBytes > MAX_UPLOAD_MB * BYTES_PER_MB) {
            throw new IllegalArgumentException("the upload limit must be between 1 byte and " + MAX_UPLOAD_MB
                    + " MB, got " + maxUploadBytes + " bytes");
        }
        if (maxExcerptPages < 1 || maxExcerptPages > LARGEST_EXCERPT_PAGES) {
            throw new IllegalArgumentException("the excerpt limit must be between 1 and " + LARGEST_EXCERPT_PAGES
                    + " pages, got " + maxExcerptPages);
        }
        if (publicUrl != null) {
            if (!PUBLIC_URL.matcher(publicUrl).matches()) {
                throw new IllegalArgumentException("public URL '" + publicUrl + "' is not an http(s) address such"
                        + " as https://example.org/library (no query or fragment)");
            }
            publicUrl = publicUrl.replaceAll("/+$", "");
        }
        if (adminEmail != null && !EMAIL.matcher(adminEmail).matches()) {
            throw new IllegalArgumentException("admin e-mail '" + adminEmail + "' is not an address such as"
                    + " librarian@example.org");
        }
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.equals(ANY_ORIGIN) && !ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("CORS origin '" + origin + "' is not '*' nor an origin such as"
                        + " https://example.org or http://localhost:3000");
            }
        }
    }

    /** Settings whose absolute links follow each request's host. */
    public WebSettings(int port, List<String> corsOrigins, long maxUploadBytes) {
        this(port, corsOrigins, maxUploadBytes, null, null, DEFAULT_MAX_EXCERPT_PAGES);
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_PORT, List.of(ANY_ORIGIN), DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** The same settings with another public URL and admin e-mail (null keeps the current one). */
    public WebSettings withPublication(String url, String email) {
        return new WebSettings(port, corsOrigins, maxUploadBytes, url == null ? publicUrl : url,
                email == null ? adminEmail : email, maxExcerptPages);
    }

    /**
     * The defaults overridden by {@value #PORT_VARIABLE}, {@value #CORS_ORIGINS_VARIABLE} (comma-separated),
     * {@value #MAX_UPLOAD_MB_VARIABLE}, {@value #PUBLIC_URL_VARIABLE}, {@value #ADMIN_EMAIL_VARIABLE} and
     * {@value #MAX_EXCERPT_PAGES_VARIABLE} where set.
     *
     * @throws IllegalArgumentException naming the variable whose value is invalid
     */
    public static WebSettings fromEnvironment(Map<String, String> environment) {
        WebSettings defaults = defaults();
        int port = defaults.port;
        List<String> origins = defaults.corsOrigins;
        long maxUploadBytes = defaults.maxUploadBytes;
        String value = environment.get(PORT_VARIABLE);
        if (value != null && !value.isBlank()) {
            port = (int) number(PORT_VARIABLE, value);
        }
        value = environment.get(MAX_UPLOAD_MB_VARIABLE);
        if (value != null && !value.isBlank()) {
            maxUploadBytes = number(MAX_UPLOAD_MB_VARIABLE, value) * BYTES_PER_MB;
        }
        value = environment.get(CORS_ORIGINS_VARIABLE);
        if (value != null && !value.isBlank()) {
            origins = origins(value);
        }
        value = environment.get(PUBLIC_URL_VARIABLE);
        String publicUrl = value == null || value.isBlank() ? null : value.strip();
        value = environment.get(ADMIN_EMAIL_VARIABLE);
        String adminEmail = value == null || value.isBlank() ? null : value.strip();
        int maxExcerptPages = defaults.maxExcerptPages;
        value = environment.get(MAX_EXCERPT_PAGES_VARIABLE);
        if (value != null && !value.isBlank()) {
            maxExcerptPages = (int) Math.min(Integer.MAX_VALUE, number(MAX_EXCERPT_PAGES_VARIABLE, value));
        }
        try {
            return new WebSettings(port, origins, maxUploadBytes, publicUrl, adminEmail, maxExcerptPages);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid environment setting: " + e.getMessage(), e);
        }
    }

    /** The same settings with some replaced (flags given on the command line); null keeps the current value. */
    public WebSettings with(Integer port, List<String> corsOrigins, Long maxUploadMb) {
        return new WebSettings(port == null ? this.port : port,
                corsOrigins == null ? this.corsOrigins : corsOrigins,
                maxUploadMb == null ? this.maxUploadBytes : maxUploadMb * BYTES_PER_MB, publicUrl, adminEmail,
                maxExcerptPages);
    }

    /** A comma-separated list of origins. */
    public static List<String> origins(String commaSeparated) {
        List<String> origins = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                origins.add(part.strip());
            }
        }
        return origins;
    }

    /** Whether a browser page from {@code origin} may call the read endpoints. */
    public boolean allowsOrigin(String origin) {
        return corsOrigins.contains(ANY_ORIGIN) || corsOrigins.contains(origin);
    }

    private static long number(String variable, String value) {
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0 || number > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a whole number, got '" + value + "'", e);
        }
    }
}
