package org.resourcelibrary.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.web.i18n.Messages;

/**
 * What the search box's suggestions call each kind of suggestion (a document's title, or a dimension's value), in
 * the page's language: the page hands it to its script as JSON, so that the script holds no words of its own.
 */
public final class SuggestionKinds {

    /** The kind of a suggestion that is a document's title; the others are dimensions' parameters. */
    static final String TITLE = "title";

    private SuggestionKinds() {
    }

    /** Each kind's name, as a JSON object from kind to words. */
    public static String of(Messages ui) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(TITLE, ui.text("suggest.document"));
        for (Dimension dimension : Dimension.suggested()) {
            kinds.put(dimension.param(), ui.heading(dimension));
        }
        try {
            return Json.mapper().writeValueAsString(kinds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of words is always JSON", e);
        }
    }
}
