package org.resourcelibrary.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a metadata value came from. Ingest merges values in order of trust:
 * manifest &gt; upload form &gt; document properties &gt; inferred; a librarian's edit overrides all.
 */
public enum FieldSource {
    EDIT, MANIFEST, UPLOAD, PROPERTIES, INFERRED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
