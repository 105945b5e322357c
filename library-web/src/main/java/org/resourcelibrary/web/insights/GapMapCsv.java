package org.resourcelibrary.web.insights;

import java.util.List;

/**
 * The gap map as CSV (RFC 4180), one line per cell: both values with their labels, the documents, the searches
 * that named both and how many of those found nothing (empty when analytics are off).
 */
public final class GapMapCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private GapMapCsv() {
    }

    public static String of(GapMap.Report report) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(report.rows(), report.rows() + "_label", report.cols(), report.cols() + "_label",
                "documents", "searches", "zero_result_searches"));
        for (GapMap.Row row : report.table()) {
            for (int i = 0; i < report.columns().size(); i++) {
                GapMap.Column column = report.columns().get(i);
                GapMap.Counts cell = row.cells().get(i);
                line(csv, List.of(row.value(), row.label(), column.value(), column.label(),
                        Long.toString(cell.documents()), text(cell.searches()), text(cell.zeroResults())));
            }
        }
        return csv.toString();
    }

    private static String text(Long count) {
        return count == null ? "" : count.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** A field quoted when it must be; a leading formula sign is neutralised so a spreadsheet shows it as text. */
    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
