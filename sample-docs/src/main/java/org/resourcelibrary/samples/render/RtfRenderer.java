package org.resourcelibrary.samples.render;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.Span;

/**
 * Rich Text Format 1.x written by hand: font table, style sheet, an {@code \info} group from the document
 * properties, headings, bullets, tables and {@code \page} breaks. Everything outside ASCII is written as
 * an RTF Unicode escape (backslash, {@code u}, the signed 16-bit code, {@code ?}) so accents survive any
 * reader's code page.
 */
final class RtfRenderer implements Renderer {

    private static final int[] HEADING_HALF_POINTS = {36, 28, 24};
    private static final int BODY_HALF_POINTS = 22;
    private static final int TABLE_HALF_POINTS = 20;
    /** A4 with 2 cm margins, in twips. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final int CELL_GAP = 108;

    @Override
    public Format format() {
        return Format.RTF;
    }

    @Override
    public byte[] render(SourceDocument document) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n")
                .append("{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}\n")
                .append("{\\stylesheet{\\s0\\f0\\fs").append(BODY_HALF_POINTS).append(" Normal;}");
        for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
            rtf.append("{\\s").append(level).append("\\sbasedon0\\snext0\\keepn\\f1\\b\\fs")
                    .append(HEADING_HALF_POINTS[level - 1]).append(" heading ").append(level).append(";}");
        }
        rtf.append("}\n");
        info(rtf, document.metadata().properties());
        rtf.append("\\paperw").append(PAGE_WIDTH).append("\\paperh").append(PAGE_HEIGHT).append("\\margl")
                .append(MARGIN).append("\\margr").append(MARGIN).append("\\margt").append(MARGIN).append("\\margb")
                .append(MARGIN).append('\n');
        List<Page> pages = document.pages();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                rtf.append("\\page\n");
            }
            for (Block block : pages.get(p).blocks()) {
                block(rtf, block);
            }
        }
        return rtf.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void info(StringBuilder rtf, EmbeddedProperties props) {
        rtf.append("{\\info");
        infoText(rtf, "title", props.title());
        infoText(rtf, "author", props.author());
        infoText(rtf, "keywords", props.keywords());
        if (props.created() != null) {
            ZonedDateTime at = DocumentDates.moment(props.created());
            rtf.append("{\\creatim\\yr").append(at.getYear()).append("\\mo").append(at.getMonthValue()).append("\\dy")
                    .append(at.getDayOfMonth()).append("\\hr").append(at.getHour()).append("\\min0}");
        }
        rtf.append("}\n");
    }

    private static void infoText(StringBuilder rtf, String name, String value) {
        if (value != null) {
            rtf.append("{\\").append(name).append(' ').append(escape(value)).append('}');
        }
    }

    private static void block(StringBuilder rtf, Block block) {
        if (block instanceof Block.Heading h) {
            rtf.append("\\pard\\plain\\s").append(h.level()).append("\\sb240\\sa120\\keepn\\outlinelevel")
                    .append(h.level() - 1).append("\\f1\\b\\fs").append(HEADING_HALF_POINTS[h.level() - 1]).append(' ')
                    .append(escape(h.text())).append("\\par\n");
        } else if (block instanceof Block.Paragraph p) {
            rtf.append("\\pard\\plain\\s0\\sa120\\f0\\fs").append(BODY_HALF_POINTS).append(' ');
            inline(rtf, p.text());
            rtf.append("\\par\n");
        } else if (block instanceof Block.ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                rtf.append("\\pard\\plain\\s0\\fi-360\\li720\\sa60\\f0\\fs").append(BODY_HALF_POINTS).append(' ')
                        .append(l.numbered() ? (l.start() + i) + "." : "\\bullet").append("\\tab ");
                inline(rtf, l.items().get(i));
                rtf.append("\\par\n");
            }
        } else if (block instanceof Block.Table t) {
            row(rtf, t.header(), true);
            t.rows().forEach(row -> row(rtf, row, false));
            rtf.append("\\pard\\plain\\s0\\sa120\\par\n");
        }
    }

    private static void row(StringBuilder rtf, List<RichText> cells, boolean header) {
        rtf.append("\\trowd\\trgaph").append(CELL_GAP).append("\\trleft0");
        if (header) {
            rtf.append("\\trhdr");
        }
        int width = TEXT_WIDTH / cells.size();
        for (int c = 1; c <= cells.size(); c++) {
            rtf.append("\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10")
                    .append("\\clbrdrr\\brdrs\\brdrw10\\cellx").append(width * c);
        }
        rtf.append('\n');
        for (RichText cell : cells) {
            rtf.append("\\pard\\plain\\intbl\\f0\\fs").append(TABLE_HALF_POINTS).append(header ? "\\b " : " ");
            inline(rtf, cell);
            rtf.append("\\cell\n");
        }
        rtf.append("\\row\n");
    }

    private static void inline(StringBuilder rtf, RichText text) {
        for (Span span : text.spans()) {
            if (span.bold()) {
                rtf.append("{\\b ").append(escape(span.text())).append('}');
            } else {
                rtf.append(escape(span.text()));
            }
        }
    }

    /** Escapes RTF's special characters; anything outside printable ASCII becomes a Unicode escape. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c >= 0x80) {
                out.append("\\u").append((int) (short) c).append('?');
            }
        }
        return out.toString();
    }
}
