package org.resourcelibrary.web.pages;

import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The metadata fields as the librarian pages name them, in the page's language (their keys stay in addresses).
 * Each field's name is the message {@code metadata.<key>} of the bundles, so a new {@link MetadataField} needs
 * only its translations.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** The name of the field whose key is {@code key}; a key that names no field, as it is. */
    public static String of(Messages ui, String key) {
        return MetadataField.fromKey(key).map(field -> of(ui, field)).orElse(key);
    }

    /** The name of {@code field} in the page's language. */
    public static String of(Messages ui, MetadataField field) {
        return ui.text(messageKey(field));
    }

    /** The key of {@code field}'s name in the message bundles. */
    public static String messageKey(MetadataField field) {
        return Messages.fieldNameKey(field);
    }
}
