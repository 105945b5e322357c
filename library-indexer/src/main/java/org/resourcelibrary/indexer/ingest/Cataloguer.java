package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.enrich.ManifestRow;
import org.resourcelibrary.indexer.enrich.MetadataEnricher;
import org.resourcelibrary.indexer.enrich.ResourceMetadata;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a document of extracted text: its metadata from the manifest row, the upload form, the file's
 * properties and inference (a librarian's earlier edits kept), and the record of how its text was read.
 * Thread-safe.
 */
final class Cataloguer {

    /** Document properties kept on the record, by the name shown, each from the first Tika key that has it. */
    private static final Map<String, List<String>> PROPERTIES = properties();

    /**
     * The sources of a field whose inferred values keep their evidence: inferred ones, and edited ones, as a
     * field a review decision made the librarian's may still have values waiting (the queue tells them apart).
     */
    private static final Set<FieldSource> REVIEWABLE = EnumSet.of(FieldSource.INFERRED, FieldSource.EDIT);
    private static final Logger LOG = LoggerFactory.getLogger(Cataloguer.class);

    private final MetadataEnricher enricher;
    private final ManifestLookup manifest;
    private final Clock clock;
    private final EvidenceStore evidence;

    /** @param evidence where the evidence of each document's inferred values is kept */
    Cataloguer(MetadataEnricher enricher, ManifestLookup manifest, Clock clock, EvidenceStore evidence) {
        this.enricher = enricher;
        this.manifest = manifest;
        this.clock = clock;
        this.evidence = evidence;
    }

    /**
     * The document {@code indexing} describes, made of {@code text}.
     *
     * @param form the upload form's values, or null
     */
    ResourceContent catalogue(Plan.Indexing indexing, ExtractedText text, Metadata form) {
        SourceFile file = indexing.primary().file();
        Metadata row = manifest.row(file).map(ManifestRow::values).orElse(null);
        MetadataEnricher.Enrichment enrichment = enricher.describe(file.fileName(), file.path(), text, row, form);
        ResourceMetadata metadata = MetadataFields.keepEdits(indexing.previous(), enrichment.metadata());
        keepEvidence(indexing.id(), enrichment.inferred().stream()
                .filter(value -> REVIEWABLE.contains(metadata.source(value.field()).orElse(null))).toList());
        Instant now = clock.instant();
        Resource previous = indexing.previous();
        Resource resource = metadata.applyTo(Resource.of(indexing.id(), Metadata.NONE))
                .withFile(file.fileName(), text.mediaType(), file.size(), indexing.sha256())
                .withSources(indexing.sources()).withTimes(previous == null ? now : previous.added(), now)
                .withExtraction(extraction(text));
        return new ResourceContent(resource, text.pages());
    }

    /**
     * Kept before the document is written: evidence of a document that then failed is never shown, as the
     * review queue shows only values a document still has from inference. Evidence that cannot be written
     * (a full disk) costs the review queue that document, never the document itself.
     */
    private void keepEvidence(String id, List<InferredValue> inferred) {
        try {
            evidence.save(id, inferred);
        } catch (IOException e) {
            LOG.warn("the evidence of {} could not be kept: {}", id, e.toString());
        }
    }

    /** How the text was read, with the document properties worth showing. */
    static Extraction extraction(ExtractedText text) {
        Map<String, String> properties = new LinkedHashMap<>();
        PROPERTIES.forEach((name, keys) -> {
            for (String key : keys) {
                List<String> values = text.metadata().getOrDefault(key, List.of());
                String value = values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
                if (value != null) {
                    properties.put(name, value.strip());
                    return;
                }
            }
        });
        return new Extraction(text.mediaType(), text.chars(), text.paged() ? text.pages().size() : null,
                text.truncated(), text.ocr(), properties);
    }

    private static Map<String, List<String>> properties() {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("title", List.of("dc:title", "pdf:docinfo:title"));
        properties.put("author", List.of("dc:creator", "pdf:docinfo:creator", "meta:author"));
        properties.put("created", List.of("dcterms:created", "pdf:docinfo:created"));
        properties.put("modified", List.of("dcterms:modified", "pdf:docinfo:modified"));
        properties.put("keywords", List.of("meta:keyword", "pdf:docinfo:keywords", "dc:subject"));
        properties.put("description", List.of("dc:description", "pdf:docinfo:subject"));
        properties.put("publisher", List.of("dc:publisher", "extended-properties:Company"));
        properties.put("language", List.of("dc:language"));
        properties.put("application", List.of("xmp:CreatorTool", "extended-properties:Application",
                "pdf:docinfo:producer"));
        return properties;
    }
}
