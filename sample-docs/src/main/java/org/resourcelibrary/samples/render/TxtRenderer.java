package org.resourcelibrary.samples.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SourceDocument;

/**
 * Plain UTF-8 text as a person types it: headings underlined ({@code =} and {@code -}) or in capitals,
 * paragraphs wrapped at {@value #WIDTH} columns, dashes for bullets, aligned table columns, and blank lines
 * between pages.
 */
final class TxtRenderer implements Renderer {

    static final int WIDTH = 76;
    static final String PAGE_BREAK = "\n\n\n";
    private static final String CELL_GAP = "  ";

    @Override
    public Format format() {
        return Format.TXT;
    }

    @Override
    public byte[] render(SourceDocument document) {
        List<String> pages = new ArrayList<>();
        for (Page page : document.pages()) {
            StringBuilder text = new StringBuilder();
            for (Block block : page.blocks()) {
                block(text, block);
            }
            pages.add(text.toString().stripTrailing() + "\n");
        }
        return String.join(PAGE_BREAK, pages).getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder text, Block block) {
        if (block instanceof Block.Heading h) {
            String line = h.level() == 3 ? h.text().toUpperCase(Locale.ROOT) : h.text();
            text.append(line).append('\n');
            if (h.level() < 3) {
                text.append((h.level() == 1 ? "=" : "-").repeat(line.codePointCount(0, line.length()))).append('\n');
            }
        } else if (block instanceof Block.Paragraph p) {
            wrap(text, p.text().plain(), "", "");
        } else if (block instanceof Block.ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                String marker = l.numbered() ? "  " + (l.start() + i) + ". " : "  - ";
                wrap(text, l.items().get(i).plain(), marker, " ".repeat(marker.length()));
            }
        } else if (block instanceof Block.Table t) {
            table(text, t);
        }
        text.append('\n');
    }

    private static void wrap(StringBuilder text, String paragraph, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : paragraph.split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        text.append(line).append('\n');
    }

    private static void table(StringBuilder text, Block.Table table) {
        int[] widths = new int[table.columns()];
        List<List<RichText>> rows = new ArrayList<>(table.rows());
        rows.add(0, table.header());
        for (List<RichText> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).plain().length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r).get(c).plain();
                line.append(cell).append(" ".repeat(widths[c] - cell.length())).append(CELL_GAP);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int width : widths) {
                    rule.append("-".repeat(width)).append(CELL_GAP);
                }
                text.append(rule.toString().stripTrailing()).append('\n');
            }
        }
    }
}
