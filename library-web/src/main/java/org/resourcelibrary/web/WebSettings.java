package org.resourcelibrary.web;

import java.util.List;

/**
 * Settings of the web service, each with a named default.
 *
 * @param port            HTTP port
 * @param corsOrigins     origins allowed to call the read endpoints from a browser ({@code *} for any)
 * @param maxUploadBytes  largest file a librarian may upload
 */
public record WebSettings(int port, List<String> corsOrigins, long maxUploadBytes) {

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    public WebSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_PORT, List.of("*"), DEFAULT_MAX_UPLOAD_BYTES);
    }
}
