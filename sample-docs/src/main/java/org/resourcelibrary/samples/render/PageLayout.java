package org.resourcelibrary.samples.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.samples.render.PageCanvas.Weight;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.Span;

/**
 * Lays out pages of blocks on A4 pages of a {@link PageCanvas}: word-wrapped paragraphs, bigger bold
 * headings, bulleted and numbered lists and ruled tables. Each source page starts a new page; a source page
 * that does not fit continues on further pages. {@link #fitting} finds the type scale at which every source
 * page fits on one page, as an author would have set the document.
 */
final class PageLayout {

    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float MARGIN = 60f;
    /** Type scales tried, largest first, until every source page fits on one page. */
    static final float[] SCALES = {1f, 0.95f, 0.9f, 0.85f, 0.8f, 0.75f};
    static final float BODY_SIZE = 10.5f;
    static final float TABLE_SIZE = 9f;
    static final float[] HEADING_SIZES = {18f, 14f, 12f};
    static final float LEADING = 1.35f;
    static final float BLOCK_GAP = 7f;
    static final float LIST_INDENT = 20f;
    static final float CELL_PADDING = 4f;
    static final String BULLET = "\u2022";

    private static final float TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float BOTTOM = PAGE_HEIGHT - MARGIN;

    private final PageCanvas canvas;
    private final float scale;
    private float y;

    PageLayout(PageCanvas canvas, float scale) {
        this.canvas = canvas;
        this.scale = scale;
    }

    /** A layout at the largest scale at which each source page fits on one page (else the smallest). */
    static PageLayout fitting(PageCanvas canvas, List<Page> pages) throws IOException {
        for (float scale : SCALES) {
            PageCount count = new PageCount(canvas);
            new PageLayout(count, scale).layout(pages);
            if (count.pages == pages.size()) {
                return new PageLayout(canvas, scale);
            }
        }
        return new PageLayout(canvas, SCALES[SCALES.length - 1]);
    }

    void layout(List<Page> pages) throws IOException {
        for (Page page : pages) {
            newPage();
            for (Block block : page.blocks()) {
                block(block);
            }
        }
    }

    private record Word(String text, Weight weight) {
    }

    private void block(Block block) throws IOException {
        if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Paragraph p) {
            lines(words(p.text(), Weight.REGULAR), MARGIN, TEXT_WIDTH, body());
            y += gap();
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.Table t) {
            table(t);
        }
    }

    private void heading(Block.Heading heading) throws IOException {
        float size = HEADING_SIZES[heading.level() - 1] * scale;
        if (y > MARGIN) {
            y += size * 0.6f;
        }
        ensure(size * LEADING * 2);
        lines(words(RichText.plain(heading.text()), Weight.BOLD), MARGIN, TEXT_WIDTH, size);
        y += size * 0.3f;
    }

    private void list(Block.ListBlock list) throws IOException {
        for (int i = 0; i < list.items().size(); i++) {
            String marker = list.numbered() ? (list.start() + i) + "." : BULLET;
            ensure(body() * LEADING);
            canvas.text(MARGIN + 4, y + body(), marker, Weight.REGULAR, body());
            lines(words(list.items().get(i), Weight.REGULAR), MARGIN + LIST_INDENT, TEXT_WIDTH - LIST_INDENT,
                    body());
            y += gap() / 3;
        }
        y += gap() * 2 / 3;
    }

    private void table(Block.Table table) throws IOException {
        float[] widths = columnWidths(table);
        row(table.header(), Weight.BOLD, widths, true);
        for (List<RichText> row : table.rows()) {
            row(row, Weight.REGULAR, widths, false);
        }
        y += gap();
    }

    private void row(List<RichText> cells, Weight weight, float[] widths, boolean first) throws IOException {
        List<List<List<Word>>> wrapped = new ArrayList<>();
        int lineCount = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<List<Word>> cellLines = wrap(words(cells.get(c), weight), widths[c] - 2 * padding(), tableSize());
            wrapped.add(cellLines);
            lineCount = Math.max(lineCount, cellLines.size());
        }
        float height = lineCount * tableSize() * LEADING + 2 * padding();
        boolean pageBreak = y + height > BOTTOM;
        ensure(height);
        float top = y;
        if (first || pageBreak) {
            canvas.rule(MARGIN, top, MARGIN + sum(widths), top);
        }
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float lineY = top + padding();
            for (List<Word> line : wrapped.get(c)) {
                draw(line, x + padding(), lineY, tableSize());
                lineY += tableSize() * LEADING;
            }
            canvas.rule(x, top, x, top + height);
            x += widths[c];
        }
        canvas.rule(x, top, x, top + height);
        canvas.rule(MARGIN, top + height, x, top + height);
        y = top + height;
    }

    /** Natural widths scaled to the text width, each at least as wide as its longest word. */
    private float[] columnWidths(Block.Table table) throws IOException {
        int columns = table.columns();
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        List<List<RichText>> all = new ArrayList<>(table.rows());
        all.add(0, table.header());
        for (List<RichText> row : all) {
            for (int c = 0; c < columns; c++) {
                Weight weight = row == table.header() ? Weight.BOLD : Weight.REGULAR;
                float width = 0;
                for (Word word : words(row.get(c), weight)) {
                    float w = canvas.width(word.text(), word.weight(), tableSize());
                    minimum[c] = Math.max(minimum[c], w + 2 * padding());
                    width += w + canvas.width(" ", Weight.REGULAR, tableSize());
                }
                natural[c] = Math.max(natural[c], width + 2 * padding());
            }
        }
        float scale = TEXT_WIDTH / sum(natural);
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(minimum[c], natural[c] * scale);
        }
        float excess = sum(widths) - TEXT_WIDTH;
        if (excess > 0) {
            shrink(widths, minimum, excess);
        }
        return widths;
    }

    /** Takes {@code excess} from the columns that are wider than their minimum, in proportion. */
    private static void shrink(float[] widths, float[] minimum, float excess) {
        float slack = 0;
        for (int c = 0; c < widths.length; c++) {
            slack += widths[c] - minimum[c];
        }
        if (slack <= 0) {
            return;
        }
        float ratio = Math.min(1f, excess / slack);
        for (int c = 0; c < widths.length; c++) {
            widths[c] -= (widths[c] - minimum[c]) * ratio;
        }
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    private void lines(List<Word> words, float x, float width, float size) throws IOException {
        for (List<Word> line : wrap(words, width, size)) {
            ensure(size * LEADING);
            draw(line, x, y, size);
            y += size * LEADING;
        }
    }

    /** Draws a line of words, one text run per stretch of words in the same weight. */
    private void draw(List<Word> line, float x, float top, float size) throws IOException {
        float space = canvas.width(" ", Weight.REGULAR, size);
        int from = 0;
        while (from < line.size()) {
            int to = from;
            StringBuilder run = new StringBuilder(line.get(from).text());
            while (to + 1 < line.size() && line.get(to + 1).weight() == line.get(from).weight()) {
                to++;
                run.append(' ').append(line.get(to).text());
            }
            canvas.text(x, top + size, run.toString(), line.get(from).weight(), size);
            x += canvas.width(run.toString(), line.get(from).weight(), size) + space;
            from = to + 1;
        }
    }

    /** Greedy word wrap; a word longer than the line stands alone on its line. */
    private List<List<Word>> wrap(List<Word> words, float width, float size) throws IOException {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float space = canvas.width(" ", Weight.REGULAR, size);
        float used = 0;
        for (Word word : words) {
            float w = canvas.width(word.text(), word.weight(), size);
            if (!line.isEmpty() && used + space + w > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : space) + w;
            line.add(word);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static List<Word> words(RichText text, Weight base) {
        List<Word> words = new ArrayList<>();
        for (Span span : text.spans()) {
            Weight weight = span.bold() ? Weight.BOLD : base;
            for (String word : span.text().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(new Word(word, weight));
                }
            }
        }
        return words;
    }

    private void ensure(float height) throws IOException {
        if (y + height > BOTTOM && y > MARGIN) {
            newPage();
        }
    }

    private float body() {
        return BODY_SIZE * scale;
    }

    private float tableSize() {
        return TABLE_SIZE * scale;
    }

    private float gap() {
        return BLOCK_GAP * scale;
    }

    private float padding() {
        return CELL_PADDING * scale;
    }

    private void newPage() throws IOException {
        canvas.newPage();
        y = MARGIN;
    }
}
