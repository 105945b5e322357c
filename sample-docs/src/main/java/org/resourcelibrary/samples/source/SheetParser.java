package org.resourcelibrary.samples.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an xlsx source body: {@code === sheet: Name ===} markers, each followed by rows of cells. */
final class SheetParser {

    /** Excel's limit on a worksheet name. */
    static final int MAX_SHEET_NAME = 31;
    /** The name of a sheet marker: {@code sheet: Name}. */
    static final Pattern SHEET = Pattern.compile("sheet:\\s*(.*)");
    private static final Pattern FORBIDDEN_IN_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");

    private final Path source;

    SheetParser(Path source) {
        this.source = source;
    }

    /**
     * @param marker gives a line's marker name, or null for an ordinary line
     */
    List<Sheet> parse(List<SourceLine> lines, Function<SourceLine, String> marker) throws SourceException {
        List<Sheet> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String name = null;
        int nameLine = 0;
        List<List<String>> rows = new ArrayList<>();
        for (SourceLine line : lines) {
            String markerName = marker.apply(line);
            if (markerName != null) {
                Matcher sheet = SHEET.matcher(markerName);
                if (!sheet.matches()) {
                    throw new SourceException(source, line.number(),
                            "'=== " + markerName + " ===' does not belong in an xlsx source");
                }
                if (name != null) {
                    sheets.add(sheet(name, nameLine, rows));
                }
                name = sheetName(line, sheet.group(1).strip(), names);
                nameLine = line.number();
                rows = new ArrayList<>();
            } else if (!line.text().isBlank()) {
                if (name == null) {
                    throw new SourceException(source, line.number(), "row before the first '=== sheet: Name ==='");
                }
                rows.add(row(line, rows));
            }
        }
        if (name == null) {
            throw new SourceException(source, 0, "an xlsx source needs at least one '=== sheet: Name ==='");
        }
        sheets.add(sheet(name, nameLine, rows));
        return sheets;
    }

    private String sheetName(SourceLine line, String name, Set<String> names) throws SourceException {
        if (name.isEmpty() || name.length() > MAX_SHEET_NAME || FORBIDDEN_IN_NAME.matcher(name).find()) {
            throw new SourceException(source, line.number(), "sheet name '" + name + "' must be 1 to "
                    + MAX_SHEET_NAME + " characters without [ ] : * ? / \\");
        }
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new SourceException(source, line.number(), "sheet name '" + name + "' used twice");
        }
        return name;
    }

    private List<String> row(SourceLine line, List<List<String>> rows) throws SourceException {
        List<String> cells = new ArrayList<>();
        for (String cell : line.text().split("\\|", -1)) {
            cells.add(cell.strip());
        }
        if (!rows.isEmpty() && cells.size() > rows.get(0).size()) {
            throw new SourceException(source, line.number(), "row has " + cells.size()
                    + " cells but the sheet's header row has " + rows.get(0).size());
        }
        return cells;
    }

    private Sheet sheet(String name, int line, List<List<String>> rows) throws SourceException {
        if (rows.isEmpty()) {
            throw new SourceException(source, line, "sheet '" + name + "' has no rows");
        }
        return new Sheet(name, rows);
    }
}
