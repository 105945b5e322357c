package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.ExtractedText;

class MetadataEnricherTest {

    private static final MetadataEnricher ENRICHER = new MetadataEnricher(TestDocuments.cues(),
            List.of("Eurasia Social Services Reform Initiative"), 2025);

    private static final String COVER = "From Institutions to Families\n"
            + "Progress of the Alternative Care Reform in Moldova\nEurasia Social Services Reform Initiative\n"
            + "Chișinău, Published 2009\n";
    private static final String BODY = repeat("Moldova closed residential institutions and placed children in foster "
            + "care with families; the alternative care reform changed how children are cared for.", 12);

    private static ExtractedText moldova(Map<String, List<String>> properties) {
        return new ExtractedText("0".repeat(64), TestDocuments.PDF, List.of(COVER + BODY, BODY), true, properties,
                false, null);
    }

    private static ResourceMetadata enrich(ExtractedText text, Metadata manifest, Metadata upload) {
        return ENRICHER.enrich("moldova-reform-report.pdf", "eurasia/moldova-reform-report.pdf", text, manifest,
                upload);
    }

    private static Metadata title(String title) {
        return Metadata.NONE.with(MetadataField.TITLE, title);
    }

    @Test
    void withoutManifestEveryFieldIsInferredFromTheDocument() {
        ResourceMetadata metadata = enrich(moldova(Map.of()), null, null);

        assertThat(metadata.values().text(MetadataField.TITLE))
                .isEqualTo("From Institutions to Families: Progress of the Alternative Care Reform in Moldova");
        assertThat(metadata.values().list(MetadataField.COUNTRIES)).containsExactly("MD");
        assertThat(metadata.values().list(MetadataField.TOPICS)).startsWith("alternative-care");
        assertThat(metadata.values().text(MetadataField.TYPE)).isEqualTo("report");
        assertThat(metadata.values().text(MetadataField.LANGUAGE)).isEqualTo("en");
        assertThat(metadata.values().year(MetadataField.YEAR)).isEqualTo(2009);
        assertThat(metadata.values().text(MetadataField.ORGANIZATION)).isEqualTo("Eurasia Social Services Reform Initiative");
        assertThat(metadata.provenance()).containsEntry(MetadataField.TITLE, FieldSource.INFERRED)
                .containsEntry(MetadataField.COUNTRIES, FieldSource.INFERRED).containsEntry(MetadataField.YEAR,
                        FieldSource.INFERRED);
    }

    @Test
    void theManifestRowBeatsEverythingAndIsNotSecondGuessed() {
        Metadata row = Metadata.NONE.with(MetadataField.TITLE, "Institutions to Families")
                .with(MetadataField.KEYWORDS, List.of("reform")).with(MetadataField.COUNTRIES, List.of("MD", "RO"))
                .with(MetadataField.TOPICS, List.of("legislation-policy"))
                .with(MetadataField.TYPE, "policy-legislation").with(MetadataField.LANGUAGE, "en")
                .with(MetadataField.YEAR, 2010).with(MetadataField.ORGANIZATION, "UNICEF");

        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), row,
                title("Typed in the form"));

        assertThat(metadata.values()).isEqualTo(row);
        assertThat(metadata.provenance()).containsEntry(MetadataField.TITLE, FieldSource.MANIFEST)
                .containsEntry(MetadataField.COUNTRIES, FieldSource.MANIFEST).containsEntry(MetadataField.YEAR,
                        FieldSource.MANIFEST)
                .containsEntry(MetadataField.KEYWORDS, FieldSource.MANIFEST).doesNotContainKey(MetadataField.SUMMARY);
    }

    @Test
    void theUploadFormBeatsTheFilesProperties() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), null,
                title("Typed in the form"));

        assertThat(metadata.values().text(MetadataField.TITLE)).isEqualTo("Typed in the form");
        assertThat(metadata.source(MetadataField.TITLE)).hasValue(FieldSource.UPLOAD);
    }

    @Test
    void aRealPropertyTitleBeatsTheCover() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), null,
                null);

        assertThat(metadata.values().text(MetadataField.TITLE)).isEqualTo("Alternative care in Moldova");
        assertThat(metadata.source(MetadataField.TITLE)).hasValue(FieldSource.PROPERTIES);
    }

    @Test
    void aPlaceholderPropertyTitleGivesWayToTheCover() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("untitled"))), null, null);

        assertThat(metadata.values().text(MetadataField.TITLE)).startsWith("From Institutions to Families");
        assertThat(metadata.source(MetadataField.TITLE)).hasValue(FieldSource.INFERRED);
    }

    @Test
    void aStatedPublicationYearBeatsTheFilesCreationDate() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dcterms:created", List.of("2015-06-01T00:00:00Z"))), null,
                null);

        assertThat(metadata.values().year(MetadataField.YEAR)).isEqualTo(2009);
        assertThat(metadata.source(MetadataField.YEAR)).hasValue(FieldSource.INFERRED);
    }

    @Test
    void theCreationDateIsUsedWhenTheDocumentStatesNoYear() {
        ExtractedText undated = TestDocuments.document(TestDocuments.DOCX, BODY,
                Map.of("dcterms:created", List.of("2015-06-01T00:00:00Z")));

        ResourceMetadata metadata = ENRICHER.enrich("notes.docx", "notes.docx", undated, null, null);

        assertThat(metadata.values().year(MetadataField.YEAR)).isEqualTo(2015);
        assertThat(metadata.source(MetadataField.YEAR)).hasValue(FieldSource.PROPERTIES);
    }

    @Test
    void aDocumentWithoutTextIsTitledAfterItsFile() {
        ExtractedText empty = TestDocuments.document("image/png", "", Map.of());

        ResourceMetadata metadata = ENRICHER.enrich("scan_0042-final.png", "scans/scan_0042-final.png", empty, null,
                null);

        assertThat(metadata.values().text(MetadataField.TITLE)).isEqualTo("Scan 0042");
        assertThat(metadata.values().text(MetadataField.LANGUAGE)).isNull();
        assertThat(metadata.values().list(MetadataField.COUNTRIES)).isEmpty();
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        ExtractedText text = moldova(Map.of());
        ResourceMetadata expected = enrich(text, null, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ResourceMetadata>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> enrich(text, null, null)));
            }
            for (Future<ResourceMetadata> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
