package org.resourcelibrary.samples.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ManifestWriterTest {

    private static List<CSVRecord> write(List<SampleManifestRow> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        new ManifestWriter(Vocabulary.standard()).write(out, rows);
        return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    }

    private static SampleManifestRow row(int i) {
        return new SampleManifestRow("doc-" + i + ".pdf", "Title, \"quoted\" " + i, List.of("ZM", "CI"),
                List.of("case-management", "alternative-care"), "toolkit", "fr", 2019, "Org " + i, null);
    }

    private static SampleManifestRow edition(int i, String work) {
        SampleManifestRow row = row(i);
        return new SampleManifestRow(row.file(), row.title(), row.countries(), row.topics(), row.type(), row.language(),
                row.year(), row.organization(), work);
    }

    private static List<SampleManifestRow> rows(int count) {
        List<SampleManifestRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    @Test
    void headerNamesTheColumns() throws IOException {
        assertThat(write(List.of()).get(0).values())
                .containsExactly("file", "title", "countries", "topics", "type", "language", "year", "organization");
    }

    @Test
    void aManifestWithEditionsHasAWorkColumnEmptyForSingleDocuments() throws IOException {
        List<CSVRecord> records = write(List.of(edition(1, "jamii-case-pathway"), row(2)));

        assertThat(records.get(0).values()).endsWith("organization", "work");
        assertThat(records.get(1).get(8)).isEqualTo("jamii-case-pathway");
        assertThat(records.get(2).get(8)).isEmpty();
    }

    @Test
    void rowsUseEnglishNamesAndLabels() throws IOException {
        CSVRecord first = write(rows(1)).get(1);

        assertThat(first.values()).containsExactly("doc-1.pdf", "Title, \"quoted\" 1", "Zambia; Côte d’Ivoire",
                "Case management; Alternative care", "Toolkit", "French", "2019", "Org 1");
    }

    @Test
    void everySeventhRowUsesCodes() throws IOException {
        List<CSVRecord> records = write(rows(14));

        assertThat(records.get(7).values()).containsExactly("doc-7.pdf", "Title, \"quoted\" 7", "ZM; CI",
                "case-management; alternative-care", "toolkit", "fr", "2019", "Org 7");
        assertThat(records.get(14).get(2)).isEqualTo("ZM; CI");
        assertThat(records.get(6).get(2)).isEqualTo("Zambia; Côte d’Ivoire");
    }

    @Test
    void namesResolveBackToTheCodes() throws IOException {
        Vocabulary vocabulary = Vocabulary.standard();
        CSVRecord labelled = write(rows(1)).get(1);

        assertThat(vocabulary.resolve(Dimension.COUNTRY, "Côte d’Ivoire")).contains("CI");
        assertThat(vocabulary.resolve(Dimension.TOPIC, labelled.get(3).split("; ")[1])).contains("alternative-care");
        assertThat(vocabulary.resolve(Dimension.TYPE, labelled.get(4))).contains("toolkit");
        assertThat(vocabulary.resolve(Dimension.LANGUAGE, labelled.get(5))).contains("fr");
    }

    @Test
    void recordsEndWithCrLfAsRfc4180Says() throws IOException {
        StringBuilder out = new StringBuilder();
        new ManifestWriter(Vocabulary.standard()).write(out, rows(1));

        assertThat(out.toString()).contains("organization\r\n").endsWith("Org 1\r\n");
    }
}
