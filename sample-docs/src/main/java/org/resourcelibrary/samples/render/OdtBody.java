package org.resourcelibrary.samples.render;

import java.util.List;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.Span;

/**
 * The body of an ODT's {@code content.xml}. A source page break becomes {@code fo:break-before="page"} on
 * the first paragraph, heading, list or table of the next page (through the {@code *_break} automatic
 * styles of {@code odt-content.xml}), as word processors write it.
 */
final class OdtBody {

    private static final String BREAK = "_break";

    private final StringBuilder xml = new StringBuilder();
    private boolean breakBeforeNext;
    private int tables;

    String write(List<Page> pages) {
        for (Page page : pages) {
            for (Block block : page.blocks()) {
                block(block);
            }
            breakBeforeNext = true;
        }
        return xml.toString();
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            xml.append("<text:h text:style-name=\"").append(style("Heading_" + h.level(), "Heading_20_" + h.level()))
                    .append("\" text:outline-level=\"").append(h.level()).append("\">")
                    .append(Html.escapeKeepingApostrophes(h.text())).append("</text:h>\n");
        } else if (block instanceof Block.Paragraph p) {
            paragraph(style("Text", "Text_20_body"), p.text());
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.Table t) {
            table(t);
        }
    }

    private void list(Block.ListBlock list) {
        xml.append("<text:list text:style-name=\"").append(list.numbered() ? "Numbers" : "Bullets").append("\">\n");
        for (int i = 0; i < list.items().size(); i++) {
            xml.append("<text:list-item");
            if (i == 0 && list.numbered() && list.start() != 1) {
                xml.append(" text:start-value=\"").append(list.start()).append('"');
            }
            xml.append('>');
            paragraph(style("List", "List_20_Paragraph"), list.items().get(i));
            xml.append("</text:list-item>\n");
        }
        xml.append("</text:list>\n");
    }

    private void table(Block.Table table) {
        tables++;
        xml.append("<table:table table:name=\"Table").append(tables).append("\" table:style-name=\"")
                .append(style("Table", "Table")).append("\">\n")
                .append("<table:table-column table:number-columns-repeated=\"").append(table.columns())
                .append("\"/>\n<table:table-header-rows>\n");
        row(table.header(), "Table_20_Heading");
        xml.append("</table:table-header-rows>\n");
        for (List<RichText> row : table.rows()) {
            row(row, "Table_20_Contents");
        }
        xml.append("</table:table>\n");
    }

    private void row(List<RichText> cells, String paragraphStyle) {
        xml.append("<table:table-row>");
        for (RichText cell : cells) {
            xml.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">");
            paragraph(paragraphStyle, cell);
            xml.append("</table:table-cell>");
        }
        xml.append("</table:table-row>\n");
    }

    private void paragraph(String style, RichText text) {
        xml.append("<text:p text:style-name=\"").append(style).append("\">");
        for (Span span : text.spans()) {
            if (span.bold()) {
                xml.append("<text:span text:style-name=\"Bold\">").append(Html.escapeKeepingApostrophes(span.text()))
                        .append("</text:span>");
            } else {
                xml.append(Html.escapeKeepingApostrophes(span.text()));
            }
        }
        xml.append("</text:p>\n");
    }

    /** The style to use: its page-breaking variant for the first block after a source page break. */
    private String style(String breakBase, String plain) {
        if (breakBeforeNext) {
            breakBeforeNext = false;
            return breakBase + BREAK;
        }
        return plain;
    }
}
