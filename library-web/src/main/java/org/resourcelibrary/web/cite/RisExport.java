package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Map;

/**
 * CSL items as RIS (the tagged format of Research Information Systems that EndNote, Zotero and Mendeley import):
 * one {@code TY}…{@code ER} record per item, lines ending in CR LF as the format asks.
 */
final class RisExport {

    private static final String LINE_END = "\r\n";
    private static final Map<CSLType, String> TYPES = Map.of(
            CSLType.REPORT, "RPRT",
            CSLType.PAMPHLET, "PAMP",
            CSLType.SPEECH, "SLIDE",
            CSLType.WEBPAGE, "ELEC");
    private static final String GENERIC = "GEN";

    private RisExport() {
    }

    static String of(List<CSLItemData> items) {
        StringBuilder ris = new StringBuilder();
        for (CSLItemData item : items) {
            record(ris, item);
        }
        return ris.toString();
    }

    private static void record(StringBuilder ris, CSLItemData item) {
        tag(ris, "TY", TYPES.getOrDefault(item.getType(), GENERIC));
        tag(ris, "ID", item.getId());
        for (String name : CitationItems.names(item)) {
            tag(ris, "AU", name);
        }
        tag(ris, "TI", item.getTitle());
        tag(ris, "M3", item.getGenre());
        tag(ris, "PY", CitationItems.year(item));
        tag(ris, "PB", item.getPublisher());
        tag(ris, "LA", item.getLanguage());
        tag(ris, "SP", item.getNumberOfPages());
        tag(ris, "AB", item.getAbstrct());
        if (item.getKeyword() != null) {
            for (String keyword : item.getKeyword().split(", ")) {
                tag(ris, "KW", keyword);
            }
        }
        tag(ris, "UR", item.getURL());
        ris.append("ER  - ").append(LINE_END);
    }

    /** One tagged line; a value's own line breaks would start a line RIS cannot read, so they become spaces. */
    private static void tag(StringBuilder ris, String tag, String value) {
        if (value != null && !value.isBlank()) {
            ris.append(tag).append("  - ").append(value.strip().replaceAll("\\s+", " ")).append(LINE_END);
        }
    }
}
