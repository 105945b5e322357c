package org.resourcelibrary.web.pages;

import java.util.Locale;
import java.util.Map;

/** How a file is described to people: its format by name and its size in KB or MB. */
final class FileSizes {

    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/html", "HTML"),
            Map.entry("text/plain", "Text"));

    private FileSizes() {
    }

    /** E.g. {@code PDF · 1.2 MB}. */
    static String format(String mediaType, long bytes) {
        String base = mediaType == null ? null : mediaType.split(";")[0].strip();
        String format = base == null ? "File" : FORMATS.getOrDefault(base, base);
        return format + " · " + size(bytes);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
