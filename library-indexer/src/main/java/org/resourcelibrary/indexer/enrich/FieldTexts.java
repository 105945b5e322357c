package org.resourcelibrary.indexer.enrich;

import java.util.List;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;

/** A field's value as texts, the shape in which a librarian sees and compares it, whatever the field's shape. */
public final class FieldTexts {

    private FieldTexts() {
    }

    /** A document's values of {@code field}: a list's elements, a text or year alone, or none. */
    public static List<String> of(MetadataField field, Resource resource) {
        return of(field.of(resource));
    }

    /** A field's value ({@link MetadataField#of}) as texts: a list's elements, a text or year alone, or none. */
    public static List<String> of(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** Texts as the upload form takes them for {@code field}: list values joined, none as a blank. */
    public static String formValue(List<String> texts) {
        return String.join(MetadataForm.LIST_SEPARATOR, texts);
    }
}
