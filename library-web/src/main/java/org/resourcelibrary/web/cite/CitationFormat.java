package org.resourcelibrary.web.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ways a document can be cited: three exports reference managers import (each with its registered media
 * type, so a client may ask for it with {@code Accept}) and three formatted styles, each an official CSL style.
 *
 * @param param     the value of the {@code format} parameter
 * @param mediaType what the export is served as
 * @param extension the file name extension of a downloaded export
 * @param style     the official CSL style's id, for formatted styles; null for exports
 * @param label     what the format is called on the page
 */
public enum CitationFormat {
    RIS("ris", "application/x-research-info-systems", "ris", null, "RIS"),
    BIBTEX("bibtex", "application/x-bibtex", "bib", null, "BibTeX"),
    CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json", null, "CSL-JSON"),
    APA("apa", "text/plain", "txt", "apa", "APA"),
    CHICAGO("chicago", "text/plain", "txt", "chicago-author-date", "Chicago"),
    HARVARD("harvard", "text/plain", "txt", "harvard-cite-them-right", "Harvard");

    private final String param;
    private final String mediaType;
    private final String extension;
    private final String style;
    private final String label;

    CitationFormat(String param, String mediaType, String extension, String style, String label) {
        this.param = param;
        this.mediaType = mediaType;
        this.extension = extension;
        this.style = style;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The official CSL style's id, or null for an export. */
    String style() {
        return style;
    }

    /** Whether this is a formatted style (APA, Chicago, Harvard) rather than an export. */
    public boolean formatted() {
        return style != null;
    }

    public static Optional<CitationFormat> fromParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** The export served as {@code mediaType} (formatted styles are plain text: they are chosen by name). */
    public static Optional<CitationFormat> fromMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> !f.formatted() && f.mediaType.equalsIgnoreCase(mediaType))
                .findFirst();
    }

    public static List<String> params() {
        return Arrays.stream(values()).map(CitationFormat::param).toList();
    }

    public static List<CitationFormat> styles() {
        return Arrays.stream(values()).filter(CitationFormat::formatted).toList();
    }

    public static List<CitationFormat> exports() {
        return Arrays.stream(values()).filter(f -> !f.formatted()).toList();
    }
}
