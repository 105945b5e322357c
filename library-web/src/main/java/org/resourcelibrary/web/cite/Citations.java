package org.resourcelibrary.web.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resourcelibrary.core.json.Json;

/**
 * CSL items written in a {@link CitationFormat}: the exports as their formats' text, the styles as the
 * bibliography the official CSL style makes of them (entries in the style's own order, one a line).
 */
public final class Citations {

    /** The CSL locale of each language the library speaks: the official locale files' primary dialects. */
    private static final Map<String, String> LOCALES = Map.of("en", "en-US", "fr", "fr-FR", "es", "es-ES",
            "pt", "pt-PT");
    private static final String DEFAULT_LOCALE = "en-US";
    private static final CslEngines ENGINES = new CslEngines();

    private Citations() {
    }

    /**
     * The items in {@code format}.
     *
     * @param lang the member's language (en, fr, es, pt): the locale of a formatted style's terms and dates
     */
    public static String format(List<CSLItemData> items, CitationFormat format, String lang) {
        return switch (format) {
            case RIS -> RisExport.of(items);
            case BIBTEX -> BibTeXExport.of(items);
            case CSL_JSON -> cslJson(items);
            case APA, CHICAGO, HARVARD -> String.join("\n", bibliography(items, format, lang)) + "\n";
        };
    }

    /** The formatted entries of the items in a style, each as plain text. */
    public static List<String> bibliography(List<CSLItemData> items, CitationFormat style, String lang) {
        if (items.isEmpty()) {
            return List.of();
        }
        return ENGINES.bibliography(items, style.style(), LOCALES.getOrDefault(lang, DEFAULT_LOCALE));
    }

    /**
     * An item as CSL-JSON. citeproc-java writes the type as its Java constant ({@code REPORT}); the CSL-JSON
     * schema's types are the CSL names ({@code report}, {@code article-journal}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> cslJson(CSLItemData item, MapJsonBuilderFactory factory) {
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) item.toJson(factory.createJsonBuilder()));
        if (item.getType() != null) {
            json.put("type", item.getType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return json;
    }

    private static String cslJson(List<CSLItemData> items) {
        MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
        List<Map<String, Object>> array = items.stream().map(item -> cslJson(item, factory)).toList();
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CSL item is always serialisable", e);
        }
    }
}
