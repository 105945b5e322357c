package org.resourcelibrary.web.pages;

import java.util.Map;
import org.resourcelibrary.web.i18n.Messages;

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
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/html", "HTML"));
    /** Formats named in words of the page's language rather than by a product's name. */
    private static final Map<String, String> FORMAT_MESSAGES = Map.of("text/plain", "file.text");

    private FileSizes() {
    }

    /** E.g. {@code PDF · 1.2 MB}, {@code PDF · 1,2 Mo}. */
    static String format(Messages ui, String mediaType, long bytes) {
        String base = mediaType == null ? null : mediaType.split(";")[0].strip();
        String format = base == null ? ui.text("file.any") : FORMAT_MESSAGES.containsKey(base)
                ? ui.text(FORMAT_MESSAGES.get(base)) : FORMATS.getOrDefault(base, base);
        return format + " · " + size(ui, bytes);
    }

    static String size(Messages ui, long bytes) {
        if (bytes < 1024) {
            return ui.text("file.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return ui.text("file.kilobytes", Math.round(bytes / 1024.0));
        }
        return ui.text("file.megabytes", bytes / (1024.0 * 1024));
    }
}
