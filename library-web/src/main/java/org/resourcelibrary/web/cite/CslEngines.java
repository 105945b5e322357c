package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One CSL processor per style and locale, kept: reading an official style is most of the work of citing one
 * document, so it is done once. A processor is not thread-safe, so each is used by one request at a time.
 */
final class CslEngines {

    /** citeproc-java's output format for plain text. */
    private static final String TEXT = "text";

    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    /** The entries of the items' bibliography in {@code style}, in the style's order, each as plain text. */
    List<String> bibliography(List<CSLItemData> items, String style, String locale) {
        Engine engine = engines.computeIfAbsent(style + " " + locale, key -> new Engine(style, locale));
        synchronized (engine) {
            engine.items.current = items;
            engine.csl.reset();
            // reset() also forgets the output format.
            engine.csl.setOutputFormat(TEXT);
            engine.csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            return Arrays.stream(engine.csl.makeBibliography().getEntries()).map(String::strip).toList();
        }
    }

    /** A processor and the items it cites now. */
    private static final class Engine {
        final Items items = new Items();
        final CSL csl;

        Engine(String style, String locale) {
            try {
                csl = new CSL(items, style, locale);
            } catch (IOException e) {
                throw new UncheckedIOException("the CSL style '" + style + "' is part of the application", e);
            }
        }
    }

    /** The items of the request a processor is serving. */
    private static final class Items implements ItemDataProvider {
        List<CSLItemData> current = List.of();

        @Override
        public CSLItemData retrieveItem(String id) {
            return current.stream().filter(item -> item.getId().equals(id)).findFirst().orElse(null);
        }

        @Override
        public Collection<String> getIds() {
            return current.stream().map(CSLItemData::getId).toList();
        }
    }
}
