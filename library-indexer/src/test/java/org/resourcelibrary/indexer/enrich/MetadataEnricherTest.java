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

    private static ResourceMetadata enrich(ExtractedText text, MetadataValues manifest, MetadataValues upload) {
        return ENRICHER.enrich("moldova-reform-report.pdf", "eurasia/moldova-reform-report.pdf", text, manifest,
                upload);
    }

    private static MetadataValues title(String title) {
        return new MetadataValues(title, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void withoutManifestEveryFieldIsInferredFromTheDocument() {
        ResourceMetadata metadata = enrich(moldova(Map.of()), null, null);

        assertThat(metadata.values().title())
                .isEqualTo("From Institutions to Families: Progress of the Alternative Care Reform in Moldova");
        assertThat(metadata.values().countries()).containsExactly("MD");
        assertThat(metadata.values().topics()).startsWith("alternative-care");
        assertThat(metadata.values().type()).isEqualTo("report");
        assertThat(metadata.values().language()).isEqualTo("en");
        assertThat(metadata.values().year()).isEqualTo(2009);
        assertThat(metadata.values().organization()).isEqualTo("Eurasia Social Services Reform Initiative");
        assertThat(metadata.provenance()).containsEntry("title", FieldSource.INFERRED)
                .containsEntry("countries", FieldSource.INFERRED).containsEntry("year", FieldSource.INFERRED);
    }

    @Test
    void theManifestRowBeatsEverythingAndIsNotSecondGuessed() {
        MetadataValues row = new MetadataValues("Institutions to Families", null, List.of("reform"), null,
                List.of("MD", "RO"), List.of("legislation-policy"), "policy-legislation", "en", 2010, "UNICEF", null, null);

        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), row,
                title("Typed in the form"));

        assertThat(metadata.values()).isEqualTo(row);
        assertThat(metadata.provenance()).containsEntry("title", FieldSource.MANIFEST)
                .containsEntry("countries", FieldSource.MANIFEST).containsEntry("year", FieldSource.MANIFEST)
                .containsEntry("keywords", FieldSource.MANIFEST).doesNotContainKey("summary");
    }

    @Test
    void theUploadFormBeatsTheFilesProperties() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), null,
                title("Typed in the form"));

        assertThat(metadata.values().title()).isEqualTo("Typed in the form");
        assertThat(metadata.source("title")).hasValue(FieldSource.UPLOAD);
    }

    @Test
    void aRealPropertyTitleBeatsTheCover() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("Alternative care in Moldova"))), null,
                null);

        assertThat(metadata.values().title()).isEqualTo("Alternative care in Moldova");
        assertThat(metadata.source("title")).hasValue(FieldSource.PROPERTIES);
    }

    @Test
    void aPlaceholderPropertyTitleGivesWayToTheCover() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dc:title", List.of("untitled"))), null, null);

        assertThat(metadata.values().title()).startsWith("From Institutions to Families");
        assertThat(metadata.source("title")).hasValue(FieldSource.INFERRED);
    }

    @Test
    void aStatedPublicationYearBeatsTheFilesCreationDate() {
        ResourceMetadata metadata = enrich(moldova(Map.of("dcterms:created", List.of("2015-06-01T00:00:00Z"))), null,
                null);

        assertThat(metadata.values().year()).isEqualTo(2009);
        assertThat(metadata.source("year")).hasValue(FieldSource.INFERRED);
    }

    @Test
    void theCreationDateIsUsedWhenTheDocumentStatesNoYear() {
        ExtractedText undated = TestDocuments.document(TestDocuments.DOCX, BODY,
                Map.of("dcterms:created", List.of("2015-06-01T00:00:00Z")));

        ResourceMetadata metadata = ENRICHER.enrich("notes.docx", "notes.docx", undated, null, null);

        assertThat(metadata.values().year()).isEqualTo(2015);
        assertThat(metadata.source("year")).hasValue(FieldSource.PROPERTIES);
    }

    @Test
    void aDocumentWithoutTextIsTitledAfterItsFile() {
        ExtractedText empty = TestDocuments.document("image/png", "", Map.of());

        ResourceMetadata metadata = ENRICHER.enrich("scan_0042-final.png", "scans/scan_0042-final.png", empty, null,
                null);

        assertThat(metadata.values().title()).isEqualTo("Scan 0042");
        assertThat(metadata.values().language()).isNull();
        assertThat(metadata.values().countries()).isEmpty();
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
