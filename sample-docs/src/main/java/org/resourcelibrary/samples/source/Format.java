package org.resourcelibrary.samples.source;

import java.util.Arrays;
import java.util.Optional;

/** The file formats of the sample library, by the code a source's {@code format:} line gives. */
public enum Format {
    PDF("pdf", "pdf", true),
    SCANNED_PDF("scanned-pdf", "pdf", true),
    DOCX("docx", "docx", true),
    RTF("rtf", "rtf", true),
    PPTX("pptx", "pptx", false),
    XLSX("xlsx", "xlsx", false),
    ODT("odt", "odt", true),
    HTML("html", "html", true),
    TXT("txt", "txt", true);

    private final String code;
    private final String extension;
    private final boolean paged;

    Format(String code, String extension, boolean paged) {
        this.code = code;
        this.extension = extension;
        this.paged = paged;
    }

    /** The code written in a source header, e.g. {@code scanned-pdf}. */
    public String code() {
        return code;
    }

    /** The extension the output file must have, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the body is pages of blocks ({@code === page ===}); otherwise slides or sheets. */
    public boolean paged() {
        return paged;
    }

    public static Optional<Format> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
