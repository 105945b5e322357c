package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.ingest.IngestReport;

/** The summary printed at the end of an ingest. */
class SummaryTableTest {

    private static IngestReport report(String itemsJson) throws Exception {
        IngestReport empty = new IngestReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, false, Instant.EPOCH, List.of(),
                List.of(), null);
        ObjectNode json = Json.mapper().valueToTree(empty);
        json.set("items", Json.mapper().readTree(itemsJson));
        return Json.mapper().treeToValue(json, IngestReport.class);
    }

    private static String print(IngestReport report) {
        StringWriter out = new StringWriter();
        SummaryTable.print(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void garbledFilesAreListedWithTheirCounts() throws Exception {
        IngestReport report = report("[{\"path\":\"a.txt\",\"status\":\"indexed\",\"garbled\":6},"
                + "{\"path\":\"b.txt\",\"status\":\"indexed\",\"garbled\":0}]");

        assertThat(print(report)).contains("Garbled text (6 characters decoded wrongly, in 1 file(s)):\n"
                + "  a.txt: 6 characters\n").doesNotContain("b.txt");
    }

    @Test
    void nothingIsSaidOfGarbledTextWhenThereIsNone() throws Exception {
        IngestReport report = report("[{\"path\":\"b.txt\",\"status\":\"indexed\",\"garbled\":0}]");

        assertThat(print(report)).doesNotContain("Garbled");
    }
}
