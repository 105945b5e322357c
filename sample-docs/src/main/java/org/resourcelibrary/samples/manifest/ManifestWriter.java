package org.resourcelibrary.samples.manifest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Writes a librarian's manifest as RFC 4180 CSV: country and language names and topic and type labels in
 * English, except every {@value #CODE_ROW_INTERVAL}th row, which uses codes, as real spreadsheets mix both.
 * A {@value #WORK_COLUMN} column (empty for a single document) is written only when some row is an edition of a
 * work, so a manifest without editions keeps the columns every reader knows.
 */
public final class ManifestWriter {

    public static final List<String> HEADER = List.of("file", "title", "countries", "topics", "type", "language",
            "year", "organization");
    /** The column of the key shared by the editions of one work. */
    public static final String WORK_COLUMN = "work";
    /** Every this-many-th row (1-based) is written in codes. */
    public static final int CODE_ROW_INTERVAL = 7;
    static final String LIST_SEPARATOR = "; ";
    private static final String LABEL_LANGUAGE = "en";

    private final Vocabulary vocabulary;

    public ManifestWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public void write(Appendable out, List<SampleManifestRow> rows) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            boolean works = rows.stream().anyMatch(row -> row.work() != null);
            List<String> header = new ArrayList<>(HEADER);
            if (works) {
                header.add(WORK_COLUMN);
            }
            csv.printRecord(header);
            for (int i = 0; i < rows.size(); i++) {
                SampleManifestRow row = rows.get(i);
                boolean codes = (i + 1) % CODE_ROW_INTERVAL == 0;
                List<Object> cells = new ArrayList<>(List.of(row.file(), row.title(),
                        join(row.countries(), codes ? UnaryOperator.identity()
                                : c -> vocabulary.label(Dimension.COUNTRY, c, LABEL_LANGUAGE)),
                        join(row.topics(), codes ? UnaryOperator.identity()
                                : t -> vocabulary.label(Dimension.TOPIC, t, LABEL_LANGUAGE)),
                        codes ? row.type() : vocabulary.label(Dimension.TYPE, row.type(), LABEL_LANGUAGE),
                        codes ? row.language() : vocabulary.label(Dimension.LANGUAGE, row.language(), LABEL_LANGUAGE),
                        row.year(), row.organization()));
                if (works) {
                    cells.add(work(row.work()));
                }
                csv.printRecord(cells);
            }
        }
    }

    /** The cell of a work key: empty for a single document. */
    static String work(String key) {
        return key == null ? "" : key;
    }

    static String join(List<String> codes, UnaryOperator<String> label) {
        return String.join(LIST_SEPARATOR, codes.stream().map(label).toList());
    }
}
