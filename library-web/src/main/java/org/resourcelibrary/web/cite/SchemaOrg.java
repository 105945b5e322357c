package org.resourcelibrary.web.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Edition;

/**
 * A document as schema.org JSON-LD, the structured data search engines read. It goes in a
 * {@code <script type="application/ld+json">} element: a data block, which browsers never run (so the page's
 * Content-Security-Policy, which forbids inline script, does not apply to it) and which ends at the first
 * {@code </script>}: every {@code <}, {@code >} and {@code &} is written as a JSON escape so that no value can
 * end it early.
 */
final class SchemaOrg {

    private static final Map<CSLType, String> TYPES = Map.of(
            CSLType.REPORT, "Report",
            CSLType.SPEECH, "PresentationDigitalDocument");
    private static final String GENERIC = "CreativeWork";

    private SchemaOrg() {
    }

    static String of(CSLItemData item, String fileUrl, String mediaType) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", TYPES.getOrDefault(item.getType(), GENERIC));
        json.put("@id", item.getURL());
        json.put("url", item.getURL());
        json.put("name", item.getTitle());
        if (item.getAuthor() != null) {
            json.put("author", List.of(item.getAuthor()).stream().map(SchemaOrg::agent).toList());
        }
        if (item.getPublisher() != null) {
            json.put("publisher", Map.of("@type", "Organization", "name", item.getPublisher()));
        }
        putIfPresent(json, "datePublished", CitationItems.year(item));
        putIfPresent(json, "inLanguage", item.getLanguage());
        putIfPresent(json, "genre", item.getGenre());
        putIfPresent(json, "abstract", item.getAbstrct());
        putIfPresent(json, "keywords", item.getKeyword());
        json.put("encoding", Map.of("@type", "MediaObject", "contentUrl", fileUrl, "encodingFormat",
                mediaType == null ? "application/octet-stream" : mediaType));
        return script(json);
    }

    /**
     * The other editions of a document's work, as {@code workTranslation}s of the document (its {@code @id}
     * the page's address, so readers merge it with the document's own description). The library does not say
     * which edition is the original, so every edition names the others as its translations.
     *
     * @param editions the other editions, their {@code url} the absolute address of their page
     */
    static String translations(String pageUrl, List<Edition> editions) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@id", pageUrl);
        json.put("workTranslation", editions.stream().map(edition -> {
            Map<String, String> work = new LinkedHashMap<>();
            work.put("@type", GENERIC);
            work.put("@id", edition.url());
            work.put("url", edition.url());
            putIfPresent(work, "inLanguage", edition.language());
            putIfPresent(work, "name", edition.title());
            return work;
        }).toList());
        return script(json);
    }

    /** JSON that no value can end its {@code <script>} element early. */
    private static String script(Map<String, Object> json) {
        try {
            return Json.mapper().writeValueAsString(json)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings are always serialisable", e);
        }
    }

    private static Map<String, String> agent(CSLName name) {
        if (name.getLiteral() != null) {
            return Map.of("@type", "Organization", "name", name.getLiteral());
        }
        return Map.of("@type", "Person", "familyName", name.getFamily(), "givenName", name.getGiven(),
                "name", name.getGiven() + " " + name.getFamily());
    }

    private static void putIfPresent(Map<String, ? super String> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
