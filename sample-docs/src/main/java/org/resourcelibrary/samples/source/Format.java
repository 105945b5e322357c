package org.resourcelibrary.samples.source;

import java.util.Arrays;
import java.util.Optional;

/** The file formats of the sample library, by the code a source's {@code format:} line gives. */
public enum Format {
    PDF("pdf", "pdf"),
    SCANNED_PDF("scanned-pdf", "pdf"),
    DOCX("docx", "docx"),
    RTF("rtf", "rtf"),
    PPTX("pptx", "pptx"),
    XLSX("xlsx", "xlsx"),
    ODT("odt", "odt"),
    HTML("html", "html"),
    TXT("txt", "txt");

    private final String code;
    private final String extension;

    Format(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** The code written in a source header, e.g. {@code scanned-pdf}. */
    public String code() {
        return code;
    }

    /** The extension the output file must have, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<Format> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
