package org.resourcelibrary.core.search;

import java.util.List;

/**
 * One result of a search.
 *
 * @param url     the document's page in the web UI (relative)
 * @param fileUrl where the original file is downloaded (relative)
 * @param editions the other editions of the hit's work (its translations), empty when it is a work of its own
 */
public record Hit(
        String id,
        String title,
        String type,
        List<String> countries,
        List<String> topics,
        String language,
        Integer year,
        String organization,
        String fileName,
        String mediaType,
        List<Snippet> snippets,
        String url,
        String fileUrl,
        List<Edition> editions) {

    public Hit {
        countries = countries == null ? List.of() : List.copyOf(countries);
        topics = topics == null ? List.of() : List.copyOf(topics);
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
        editions = editions == null ? List.of() : List.copyOf(editions);
    }

    /** The web UI page of document {@code id}. */
    public static String documentUrl(String id) {
        return "/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The download address of document {@code id}'s original file. */
    public static String fileUrl(String id) {
        return "/api/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "/file";
    }
}
