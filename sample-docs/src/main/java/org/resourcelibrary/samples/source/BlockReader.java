package org.resourcelibrary.samples.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups body lines into blocks: paragraphs, headings, lists and tables. Lines are fed one at a time; a
 * blank line or a line of another kind closes the open block.
 */
final class BlockReader {

    static final int MAX_HEADING_LEVEL = 3;
    private static final Pattern HEADING = Pattern.compile("(#+)\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("- (.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\. (.*)");
    private static final Pattern TABLE_RULE = Pattern.compile(":?-{3,}:?");

    private final Path source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private int paragraphLine;
    private List<RichText> items;
    private boolean numbered;
    private int start;
    private List<List<RichText>> table;
    private int tableLine;

    BlockReader(Path source) {
        this.source = source;
    }

    /** Reads one line of body text (not a {@code ===} marker nor a notes line). */
    void read(SourceLine line) throws SourceException {
        String text = line.text();
        if (text.isBlank()) {
            close();
            return;
        }
        Matcher heading = HEADING.matcher(text);
        Matcher bullet = BULLET.matcher(text);
        Matcher number = NUMBERED.matcher(text);
        if (heading.matches()) {
            close();
            blocks.add(heading(line, heading.group(1).length(), heading.group(2).strip()));
        } else if (bullet.matches()) {
            listItem(line, false, 1, bullet.group(1));
        } else if (number.matches()) {
            listItem(line, true, Integer.parseInt(number.group(1)), number.group(2));
        } else if (text.startsWith("|")) {
            tableRow(line);
        } else {
            if (paragraph.isEmpty()) {
                close();
                paragraphLine = line.number();
            }
            paragraph.add(text.strip());
        }
    }

    /** Closes the open block and returns every block read since the last call. */
    List<Block> take() throws SourceException {
        close();
        List<Block> taken = List.copyOf(blocks);
        blocks.clear();
        return taken;
    }

    private Block heading(SourceLine line, int level, String text) throws SourceException {
        if (level > MAX_HEADING_LEVEL) {
            throw new SourceException(source, line.number(), "heading level " + level + " (at most "
                    + MAX_HEADING_LEVEL + " #)");
        }
        if (text.isEmpty()) {
            throw new SourceException(source, line.number(), "empty heading");
        }
        return new Block.Heading(level, rich(line.number(), text).plain());
    }

    private void listItem(SourceLine line, boolean isNumbered, int number, String text) throws SourceException {
        if (items == null || numbered != isNumbered) {
            close();
            items = new ArrayList<>();
            numbered = isNumbered;
            start = number;
        }
        if (text.isBlank()) {
            throw new SourceException(source, line.number(), "empty list item");
        }
        items.add(rich(line.number(), text.strip()));
    }

    private void tableRow(SourceLine line) throws SourceException {
        String text = line.text().strip();
        if (text.length() < 2 || !text.endsWith("|")) {
            throw new SourceException(source, line.number(), "table row must start and end with '|'");
        }
        String[] parts = text.substring(1, text.length() - 1).split("\\|", -1);
        if (table == null) {
            close();
            table = new ArrayList<>();
            tableLine = line.number();
        }
        if (isRule(parts)) {
            return;
        }
        if (!table.isEmpty() && parts.length != table.get(0).size()) {
            throw new SourceException(source, line.number(), "table row has " + parts.length
                    + " cells but the table's header row (line " + tableLine + ") has " + table.get(0).size());
        }
        List<RichText> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(rich(line.number(), part.strip()));
        }
        table.add(cells);
    }

    private static boolean isRule(String[] cells) {
        for (String cell : cells) {
            if (!TABLE_RULE.matcher(cell.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private void close() throws SourceException {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(rich(paragraphLine, String.join(" ", paragraph))));
            paragraph.clear();
        }
        if (items != null) {
            blocks.add(new Block.ListBlock(numbered, start, items));
            items = null;
        }
        if (table != null) {
            if (table.isEmpty()) {
                throw new SourceException(source, tableLine, "table has no rows");
            }
            blocks.add(new Block.Table(table.get(0), table.subList(1, table.size())));
            table = null;
        }
    }

    private RichText rich(int lineNumber, String text) throws SourceException {
        try {
            return RichText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SourceException(source, lineNumber, e.getMessage());
        }
    }
}
