package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.store.TextCache;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.EvaluationReport;
import org.resourcelibrary.indexer.enrich.InferenceEvaluation;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.MetadataEnricher;

/**
 * The sample library (73 documents in nine formats, two of them scans) ingested with its manifest through
 * the real pipeline; then metadata inference measured on the text Tika really extracted, with the manifest
 * hidden, against the true metadata of every document ({@code sample-docs/golden/truth.csv}).
 */
class SampleLibraryIngestTest {

    private static Path sampleDocs;
    private static TestLibrary library;
    private static IngestReport report;
    private static Manifest manifest;

    @BeforeAll
    static void ingestTheSampleLibrary() throws Exception {
        IngestedSampleLibrary ingested = IngestedSampleLibrary.get();
        sampleDocs = ingested.sampleDocs;
        manifest = ingested.manifest;
        library = ingested.library;
        report = ingested.report;
    }

    @Test
    void everyDocumentIsIndexedTheScansThroughOcr() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.failed()).isZero();
        assertThat(report.indexed()).isEqualTo(truth().size());
        assertThat(report.items()).filteredOn(item -> item.path().equals("honduras-acta-taller-proteccion.pdf"))
                .singleElement().satisfies(item -> assertThat(item.ocr()).isEqualTo(OcrStatus.PERFORMED));
    }

    @Test
    void manifestRowsAreAppliedWithTheirProvenance() throws Exception {
        Map<String, Resource> byFile = resources();

        assertThat(manifest.rows()).isNotEmpty().allSatisfy(row -> {
            Resource resource = byFile.get(row.file());
            Metadata values = row.values();
            assertThat(resource.title()).as(row.file()).isEqualTo(values.text(MetadataField.TITLE));
            assertThat(resource.countries()).as(row.file()).isEqualTo(values.list(MetadataField.COUNTRIES));
            assertThat(resource.type()).as(row.file()).isEqualTo(values.text(MetadataField.TYPE));
            assertThat(resource.year()).as(row.file()).isEqualTo(values.year(MetadataField.YEAR));
            assertThat(resource.provenance()).as(row.file()).containsEntry(MetadataField.TYPE, FieldSource.MANIFEST)
                    .containsEntry(MetadataField.YEAR, FieldSource.MANIFEST);
        });
    }

    @Test
    void inferenceOnTheTextTikaExtractedMeetsItsTargets() throws Exception {
        Map<String, Resource> byFile = resources();
        TextCache texts = new TextCache(library.data().text());
        List<InferenceEvaluation.Sample> samples = new ArrayList<>();
        for (Map.Entry<String, Metadata> truth : truth().entrySet()) {
            ExtractedText text = texts.get(byFile.get(truth.getKey()).sha256()).orElseThrow();
            samples.add(new InferenceEvaluation.Sample(truth.getKey(), text, truth.getValue()));
        }

        EvaluationReport evaluation = new InferenceEvaluation(new MetadataEnricher(List.of())).evaluate(samples);
        evaluation.lines().forEach(line -> System.out.println("inference on extracted text: " + line));

        assertThat(evaluation.documents()).isEqualTo(truth().size());
        assertThat(evaluation.language().value()).as("language accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.type().value()).as("type accuracy").isGreaterThanOrEqualTo(0.8);
        assertThat(evaluation.countries().f1()).as("countries F1").isGreaterThanOrEqualTo(0.8);
        assertThat(evaluation.topics().f1()).as("topics F1").isGreaterThanOrEqualTo(0.8);
    }

    private static Map<String, Resource> resources() throws Exception {
        try (LuceneLibrary index = LuceneLibrary.openReadOnly(library.data().index(), Vocabulary.standard())) {
            return report.items().stream().filter(item -> item.id() != null)
                    .collect(Collectors.toMap(IngestItem::path, item -> index.get(item.id()).orElseThrow()));
        }
    }

    /** The true metadata of every sample document, by file name. */
    private static Map<String, Metadata> truth() {
        try (Reader reader = Files.newBufferedReader(sampleDocs.resolve("golden/truth.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .collect(Collectors.toMap(r -> r.get("file"), SampleLibraryIngestTest::values, (a, b) -> a,
                            TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Metadata values(CSVRecord row) {
        return Metadata.NONE.with(MetadataField.TITLE, row.get("title"))
                .with(MetadataField.COUNTRIES, codes(row.get("countries")))
                .with(MetadataField.TOPICS, codes(row.get("topics"))).with(MetadataField.TYPE, row.get("type"))
                .with(MetadataField.LANGUAGE, row.get("language"))
                .with(MetadataField.YEAR, Integer.valueOf(row.get("year")))
                .with(MetadataField.ORGANIZATION, row.get("organization"));
    }

    private static List<String> codes(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\s*;\\s*")).map(String::strip).toList();
    }
}
