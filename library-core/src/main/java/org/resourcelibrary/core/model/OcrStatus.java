package org.resourcelibrary.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether optical character recognition was applied to a file. */
public enum OcrStatus {
    /** The file had a text layer; no OCR was needed. */
    NONE,
    /** Image-only pages or images were OCR'd. */
    PERFORMED,
    /** The file has image-only content but no OCR engine was available: indexed with the text it has. */
    NEEDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OcrStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
