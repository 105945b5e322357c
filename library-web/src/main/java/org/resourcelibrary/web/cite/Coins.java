package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A document as COinS (ContextObjects in Spans): an OpenURL 1.0 (Z39.88-2004) ContextObject in KEV form, the
 * book format with the report or document genre, as Zotero and link resolvers read it from a
 * {@code <span class="Z3988" title="…">}.
 */
final class Coins {

    private Coins() {
    }

    static String of(CSLItemData item) {
        StringJoiner kev = new StringJoiner("&");
        kev.add("ctx_ver=Z39.88-2004");
        kev.add("rft_val_fmt=" + encode("info:ofi/fmt:kev:mtx:book"));
        add(kev, "rft_id", item.getURL());
        add(kev, "rft.genre", item.getType() == CSLType.REPORT ? "report" : "document");
        add(kev, "rft.btitle", item.getTitle());
        boolean first = true;
        for (CSLName name : item.getAuthor() == null ? new CSLName[0] : item.getAuthor()) {
            if (name.getLiteral() != null) {
                add(kev, "rft.aucorp", name.getLiteral());
            } else if (first) {
                // The first author's name in parts; the others whole (rft.au), as the book format has it.
                add(kev, "rft.aulast", name.getFamily());
                add(kev, "rft.aufirst", name.getGiven());
                first = false;
            } else {
                add(kev, "rft.au", name.getFamily() + ", " + name.getGiven());
            }
        }
        add(kev, "rft.pub", item.getPublisher());
        add(kev, "rft.date", CitationItems.year(item));
        add(kev, "rft.tpages", item.getNumberOfPages());
        return kev.toString();
    }

    private static void add(StringJoiner kev, String key, String value) {
        if (value != null && !value.isBlank()) {
            kev.add(key + "=" + encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
