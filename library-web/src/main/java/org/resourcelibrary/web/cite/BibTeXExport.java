package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSL items as BibTeX entries, in UTF-8 as biber and reference managers read it. Reports are
 * {@code @techreport} with the organisation as institution; everything else is {@code @misc}. Institutional
 * authors and titles are braced so that styles neither split the name into "family, given" nor lower-case the
 * title's proper nouns.
 */
final class BibTeXExport {

    /** TeX's special characters and what stands for each in a field's text. */
    private static final String[][] SPECIAL = {
            {"\\", "\\textbackslash{}"}, {"{", "\\{"}, {"}", "\\}"}, {"%", "\\%"}, {"&", "\\&"}, {"$", "\\$"},
            {"#", "\\#"}, {"_", "\\_"}, {"^", "\\^{}"}, {"~", "\\~{}"}};

    private BibTeXExport() {
    }

    static String of(List<CSLItemData> items) {
        StringBuilder bib = new StringBuilder();
        for (CSLItemData item : items) {
            if (!bib.isEmpty()) {
                bib.append('\n');
            }
            entry(bib, item);
        }
        return bib.toString();
    }

    private static void entry(StringBuilder bib, CSLItemData item) {
        boolean report = item.getType() == CSLType.REPORT;
        List<String> fields = new ArrayList<>();
        if (item.getAuthor() != null) {
            fields.add(field("author", String.join(" and ", Arrays.stream(item.getAuthor())
                    .map(BibTeXExport::name).toList())));
        }
        fields.add(field("title", "{" + escape(item.getTitle()) + "}"));
        if (item.getPublisher() != null) {
            fields.add(field(report ? "institution" : "publisher", escape(item.getPublisher())));
        }
        if (item.getGenre() != null) {
            fields.add(field("type", escape(item.getGenre())));
        }
        if (item.getIssued() != null) {
            fields.add(field("year", CitationItems.year(item)));
        }
        if (item.getNumberOfPages() != null) {
            fields.add(field("pagetotal", item.getNumberOfPages()));
        }
        if (item.getLanguage() != null) {
            fields.add(field("language", escape(item.getLanguage())));
        }
        if (item.getAbstrct() != null) {
            fields.add(field("abstract", escape(item.getAbstrct())));
        }
        if (item.getKeyword() != null) {
            fields.add(field("keywords", escape(item.getKeyword())));
        }
        // biblatex and url.sty read the url field verbatim: escaping it would change the address.
        fields.add(field("url", item.getURL()));
        bib.append('@').append(report ? "techreport" : "misc").append('{').append(key(item.getId())).append(",\n");
        bib.append(String.join(",\n", fields)).append("\n}\n");
    }

    private static String field(String name, String value) {
        return "  " + name + " = {" + value + "}";
    }

    private static String name(CSLName name) {
        if (name.getLiteral() != null) {
            return "{" + escape(name.getLiteral()) + "}";
        }
        return escape(name.getFamily()) + ", " + escape(name.getGiven());
    }

    /** A citation key: letters, digits and {@code -_:.} only, as every BibTeX reader accepts. */
    static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9_:.-]", "-");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> escaped.append(special(c)));
        return escaped.toString();
    }

    private static String special(int codePoint) {
        String c = Character.toString(codePoint);
        for (String[] special : SPECIAL) {
            if (special[0].equals(c)) {
                return special[1];
            }
        }
        return c;
    }
}
