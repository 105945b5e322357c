package org.resourcelibrary.samples.manifest;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Writes a librarian's manifest as RFC 4180 CSV: country and language names and topic and type labels in
 * English, except every {@value #CODE_ROW_INTERVAL}th row, which uses codes, as real spreadsheets mix both.
 */
public final class ManifestWriter {

    public static final List<String> HEADER = List.of("file", "title", "countries", "topics", "type", "language",
            "year", "organization");
    /** Every this-many-th row (1-based) is written in codes. */
    public static final int CODE_ROW_INTERVAL = 7;
    static final String LIST_SEPARATOR = "; ";
    private static final String LABEL_LANGUAGE = "en";

    private final Vocabulary vocabulary;

    public ManifestWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public void write(Appendable out, List<ManifestRow> rows) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (int i = 0; i < rows.size(); i++) {
                ManifestRow row = rows.get(i);
                boolean codes = (i + 1) % CODE_ROW_INTERVAL == 0;
                csv.printRecord(row.file(), row.title(),
                        join(row.countries(), codes ? UnaryOperator.identity()
                                : c -> vocabulary.countryLabel(c, LABEL_LANGUAGE)),
                        join(row.topics(), codes ? UnaryOperator.identity()
                                : t -> vocabulary.topicLabel(t, LABEL_LANGUAGE)),
                        codes ? row.type() : vocabulary.typeLabel(row.type(), LABEL_LANGUAGE),
                        codes ? row.language() : vocabulary.languageLabel(row.language(), LABEL_LANGUAGE),
                        row.year(), row.organization());
            }
        }
    }

    static String join(List<String> codes, UnaryOperator<String> label) {
        return String.join(LIST_SEPARATOR, codes.stream().map(label).toList());
    }
}
