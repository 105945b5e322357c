package org.resourcelibrary.web;

import io.javalin.http.Context;

/**
 * Where members and services reach the library: the configured public URL ({@code serve --public-url},
 * {@code LIBRARY_PUBLIC_URL}) when it runs behind a proxy, under a prefix or on another host; otherwise the
 * scheme and host the request came to. Every absolute link the library gives out is built here.
 */
public final class PublicAddress {

    private final String configured;

    /** @param configured the public URL without a trailing slash, or null to follow each request */
    public PublicAddress(String configured) {
        this.configured = configured;
    }

    /** The library's root, without a trailing slash (e.g. {@code https://example.org/library}). */
    public String base(Context ctx) {
        return configured != null ? configured : ctx.scheme() + "://" + ctx.host();
    }

    /** The absolute URL of a path of the library ({@code /documents/x} → {@code https://…/documents/x}). */
    public String url(Context ctx, String path) {
        return base(ctx) + path;
    }

    /** The path the library is under on its host: empty at the root, else e.g. {@code /library}. */
    public String path(Context ctx) {
        String authority = base(ctx).replaceFirst("^[a-z]+://", "");
        int slash = authority.indexOf('/');
        return slash < 0 ? "" : authority.substring(slash);
    }

    /** The host name alone (no port), for identifiers such as OAI's {@code oai:host:id}. */
    public String host(Context ctx) {
        String authority = base(ctx).replaceFirst("^[a-z]+://", "");
        int end = authority.length();
        for (char stop : new char[] {'/', ':'}) {
            int at = authority.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return authority.substring(0, end);
    }
}
