package org.resourcelibrary.web.pages;

import org.resourcelibrary.web.i18n.Messages;

/** The metadata fields as the librarian pages name them, in the page's language (their keys stay in addresses). */
public final class FieldNames {

    private FieldNames() {
    }

    /** The name of the field whose key is {@code key}; a key the bundles do not name, as it is. */
    public static String of(Messages ui, String key) {
        return switch (key) {
            case "title" -> ui.text("metadata.title");
            case "summary" -> ui.text("metadata.summary");
            case "keywords" -> ui.text("metadata.keywords");
            case "authors" -> ui.text("metadata.authors");
            case "countries" -> ui.text("metadata.countries");
            case "topics" -> ui.text("metadata.topics");
            case "type" -> ui.text("metadata.type");
            case "language" -> ui.text("metadata.language");
            case "year" -> ui.text("metadata.year");
            case "organization" -> ui.text("metadata.organization");
            case "funder" -> ui.text("metadata.funder");
            case "work" -> ui.text("librarian.field.work");
            default -> key;
        };
    }
}
