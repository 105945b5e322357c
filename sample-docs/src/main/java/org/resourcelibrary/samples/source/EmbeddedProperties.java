package org.resourcelibrary.samples.source;

import java.time.LocalDate;

/**
 * The properties written into a file where its format has them ({@code props.*} in the header). Each is
 * {@code null} when the header does not set it: the file then does not carry that property at all.
 *
 * @param keywords written as given, e.g. {@code workforce; assessment}
 */
public record EmbeddedProperties(String title, String author, LocalDate created, String keywords) {

    /** No properties at all. */
    public static final EmbeddedProperties NONE = new EmbeddedProperties(null, null, null, null);
}
