package org.resourcelibrary.indexer.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.resourcelibrary.core.model.MetadataField;

/**
 * The librarian's metadata spreadsheet: a CSV file (RFC 4180; UTF-8 with or without a byte-order mark, UTF-16
 * with a byte-order mark, or else Windows-1252 as Excel saves "CSV" on Western European Windows; separated by
 * commas, semicolons or tabs, whichever the header uses) with a header naming its columns in
 * any case: {@code file}, {@code title}, {@code countries}, {@code topics}, {@code type}, {@code language},
 * {@code year}, {@code organization}, and optionally {@code summary}, {@code keywords}, {@code authors}.
 *
 * <p>Reading checks every row and reports every problem with its line and column (unknown country, topic,
 * type or language, a bad year, an empty or missing file, a file listed twice) while keeping what can be
 * understood; only a file that is not CSV at all is refused. Immutable once read.
 */
public final class Manifest {

    /** Header names accepted for each field, folded to lower case with single spaces. */
    private static final Map<String, String> COLUMNS = columns();
    private static final String FILE = "file";
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern CSV_ERROR_LINE = Pattern.compile("line:? (\\d+)");

    private final List<ManifestRow> rows;
    private final List<ManifestProblem> problems;
    private final Map<String, ManifestRow> byFile;
    private final Map<String, ManifestRow> byLowerCaseFile;

    private Manifest(List<ManifestRow> rows, List<ManifestProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        Map<String, ManifestRow> exact = new HashMap<>();
        Map<String, ManifestRow> lower = new HashMap<>();
        for (ManifestRow row : rows) {
            exact.putIfAbsent(row.file(), row);
            lower.putIfAbsent(row.file().toLowerCase(Locale.ROOT), row);
        }
        this.byFile = Map.copyOf(exact);
        this.byLowerCaseFile = Map.copyOf(lower);
    }

    /**
     * Reads and checks a manifest file.
     *
     * @param roots the ingest roots (folders or zip files) the rows' files must be found under; none to skip
     *              that check
     * @throws ManifestException when the file is not readable as CSV (the message names the line)
     */
    public static Manifest read(Path csv, Collection<Path> roots, MetadataForm form)
            throws IOException, ManifestException {
        return read(Files.readAllBytes(csv), roots, form);
    }

    /**
     * Reads and checks a manifest from its bytes, in the first encoding that fits: the one a byte-order mark
     * names, UTF-8, or else Windows-1252, which is then the first problem listed (an assumption the librarian
     * should know of).
     *
     * @throws ManifestException when the bytes are text in none of these encodings (a binary file)
     */
    public static Manifest read(byte[] bytes, Collection<Path> roots, MetadataForm form)
            throws IOException, ManifestException {
        ManifestText text = ManifestText.decode(bytes);
        List<ManifestProblem> problems = new ArrayList<>();
        text.note().ifPresent(note -> problems.add(new ManifestProblem(1, null, note)));
        return read(new StringReader(text.text()), roots, form, problems);
    }

    /** Reads and checks a manifest from {@code reader}; see {@link #read(Path, Collection, MetadataForm)}. */
    public static Manifest read(Reader reader, Collection<Path> roots, MetadataForm form)
            throws IOException, ManifestException {
        return read(reader, roots, form, new ArrayList<>());
    }

    private static Manifest read(Reader reader, Collection<Path> roots, MetadataForm form,
                                 List<ManifestProblem> problems) throws IOException, ManifestException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        buffered.mark(1 << 16);
        String headerLine = buffered.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new ManifestException(1, "the manifest is empty: expected a header line naming the columns");
        }
        buffered.reset();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(headerLine)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<ManifestRow> rows = new ArrayList<>();
        SourceFiles files = new SourceFiles(roots);
        try (CSVParser parser = CSVParser.parse(buffered, format)) {
            Header header = null;
            Map<String, Integer> lineOfFile = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = startLine(parser, record);
                if (header == null) {
                    header = header(record, problems);
                } else if (!isBlank(record)) {
                    row(record, line, header, form, files, lineOfFile, problems).ifPresent(rows::add);
                }
            }
        } catch (UncheckedIOException e) {
            throw new ManifestException(errorLine(e), "not readable as CSV: " + e.getCause().getMessage(), e);
        }
        return new Manifest(rows, problems);
    }

    public List<ManifestRow> rows() {
        return rows;
    }

    /** Every problem found, in line order; empty when the manifest is clean. */
    public List<ManifestProblem> problems() {
        return problems;
    }

    /**
     * The row for a file, by its path relative to the ingest root (either separator; matched exactly, or
     * else ignoring case).
     */
    public Optional<ManifestRow> row(String relativePath) {
        String path = normalize(relativePath);
        ManifestRow row = byFile.get(path);
        return Optional.ofNullable(row != null ? row : byLowerCaseFile.get(path.toLowerCase(Locale.ROOT)));
    }

    /** The organisations the manifest names, for recognising them on the covers of other documents. */
    public Set<String> organizations() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row.values().has(MetadataField.ORGANIZATION)) {
                names.add(row.values().text(MetadataField.ORGANIZATION));
            }
        });
        return names;
    }

    /** A relative path with {@code /} separators and without a leading {@code ./} or {@code /}. */
    static String normalize(String path) {
        String normalized = path.strip().replace('\\', '/');
        while (normalized.startsWith("./") || normalized.startsWith("/")) {
            normalized = normalized.substring(normalized.startsWith("./") ? 2 : 1);
        }
        return normalized;
    }

    /**
     * The header: the field of each column ({@code null} for a column that is ignored) and each field's
     * column name as the librarian wrote it.
     */
    private record Header(List<String> fields, Map<String, String> columnNames) {
    }

    private static Header header(CSVRecord record, List<ManifestProblem> problems) throws ManifestException {
        List<String> fields = new ArrayList<>();
        Map<String, String> columnNames = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String cell : record) {
            String field = COLUMNS.get(cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " "));
            if (field == null) {
                problems.add(new ManifestProblem(1, cell, "unknown column, ignored; the columns are "
                        + FILE + ", " + String.join(", ", MetadataField.keys())));
            } else if (!seen.add(field)) {
                problems.add(new ManifestProblem(1, cell, "a second " + field + " column, ignored"));
                field = null;
            } else {
                columnNames.put(field, cell.strip());
            }
            fields.add(field);
        }
        if (!seen.contains(FILE)) {
            throw new ManifestException(1, "no 'file' column in the header " + record.toList()
                    + " (is the separator a comma, a semicolon or a tab?)");
        }
        return new Header(fields, columnNames);
    }

    private static Optional<ManifestRow> row(CSVRecord record, int line, Header header, MetadataForm form,
                                             SourceFiles files, Map<String, Integer> lineOfFile,
                                             List<ManifestProblem> problems) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        int columns = header.fields().size();
        for (int i = 0; i < record.size(); i++) {
            String field = i < columns ? header.fields().get(i) : null;
            if (field != null) {
                cells.put(field, record.get(i));
            } else if (i >= columns && !record.get(i).isBlank()) {
                problems.add(new ManifestProblem(line, null, "more cells (" + record.size() + ") than columns ("
                        + columns + "); the extra ones are ignored"));
                break;
            }
        }
        String fileColumn = header.columnNames().get(FILE);
        String file = normalize(cells.getOrDefault(FILE, ""));
        cells.remove(FILE);
        if (file.isEmpty()) {
            problems.add(new ManifestProblem(line, fileColumn, "empty: every row names the file it describes"));
            return Optional.empty();
        }
        Integer first = lineOfFile.putIfAbsent(file.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            problems.add(new ManifestProblem(line, fileColumn, "'" + file + "' is listed twice, on lines " + first
                    + " and " + line + "; line " + line + " is ignored"));
            return Optional.empty();
        }
        if (!files.isEmpty()) {
            Optional<String> found = files.find(file);
            if (found.isEmpty()) {
                problems.add(new ManifestProblem(line, fileColumn,
                        "'" + file + "' is not in the ingested folder or zip"));
            } else {
                file = found.get();
            }
        }
        MetadataLimits.Cut cut = MetadataLimits.cut(cells);
        MetadataForm.Parsed parsed = form.parse(cut.fields());
        Stream.of(cut.problems(), parsed.problems(), parsed.notes()).flatMap(List::stream).forEach(problem ->
                problems.add(new ManifestProblem(line,
                        header.columnNames().getOrDefault(problem.field(), problem.field()), problem.message())));
        return Optional.of(new ManifestRow(line, file, parsed.values()));
    }

    /** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
    private static char delimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            quoted = c == '"' ? !quoted : quoted;
            for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                counts[i] += c == DELIMITERS[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return DELIMITERS[best];
    }

    /** The line a record starts on: the parser is at its last line, less the line breaks inside its cells. */
    private static int startLine(CSVParser parser, CSVRecord record) {
        long breaks = 0;
        for (String cell : record) {
            breaks += cell.chars().filter(c -> c == '\n').count();
        }
        return (int) (parser.getCurrentLineNumber() - breaks);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int errorLine(UncheckedIOException e) {
        Matcher line = CSV_ERROR_LINE.matcher(String.valueOf(e.getCause().getMessage()));
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        for (String name : List.of("file", "filename", "file name", "path", "file path")) {
            columns.put(name, FILE);
        }
        MetadataField.keys().forEach(field -> columns.put(field, field));
        columns.put("country", MetadataField.COUNTRIES.key());
        columns.put("topic", MetadataField.TOPICS.key());
        columns.put("theme", MetadataField.TOPICS.key());
        columns.put("themes", MetadataField.TOPICS.key());
        columns.put("program theme", MetadataField.TOPICS.key());
        columns.put("program themes", MetadataField.TOPICS.key());
        columns.put("resource type", MetadataField.TYPE.key());
        columns.put("document type", MetadataField.TYPE.key());
        columns.put("lang", MetadataField.LANGUAGE.key());
        columns.put("publication year", MetadataField.YEAR.key());
        columns.put("year of publication", MetadataField.YEAR.key());
        columns.put("organisation", MetadataField.ORGANIZATION.key());
        columns.put("publisher", MetadataField.ORGANIZATION.key());
        columns.put("description", MetadataField.SUMMARY.key());
        columns.put("abstract", MetadataField.SUMMARY.key());
        columns.put("keyword", MetadataField.KEYWORDS.key());
        columns.put("tags", MetadataField.KEYWORDS.key());
        columns.put("author", MetadataField.AUTHORS.key());
        return Map.copyOf(columns);
    }
}
