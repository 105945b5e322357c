package org.resourcelibrary.indexer.enrich;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A document's merged metadata and where each field came from.
 *
 * @param values     the merged values
 * @param provenance the source of each field that has a value, keyed by field name
 *                   ({@link MetadataField#key()})
 */
public record ResourceMetadata(MetadataValues values, Map<String, FieldSource> provenance) {

    /** One source's values and the trust that goes with them. */
    public record Layer(FieldSource source, MetadataValues values) {
    }

    public ResourceMetadata {
        provenance = Map.copyOf(provenance);
    }

    /**
     * Merges field by field: each field takes its value from the first layer that has one.
     *
     * @param layers from most to least trusted
     */
    public static ResourceMetadata merge(List<Layer> layers) {
        Map<String, FieldSource> provenance = new LinkedHashMap<>();
        Map<MetadataField, Object> merged = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            for (Layer layer : layers) {
                if (layer.values().has(field)) {
                    merged.put(field, layer.values().get(field));
                    provenance.put(field.key(), layer.source());
                    break;
                }
            }
        }
        return new ResourceMetadata(MetadataValues.of(merged), provenance);
    }

    /** Where {@code field}'s value came from, if it has one. */
    public Optional<FieldSource> source(String field) {
        return Optional.ofNullable(provenance.get(field));
    }

    /** The regions of the document's countries, in the order of the countries, without repeats. */
    public List<String> regions(Vocabulary vocabulary) {
        List<String> regions = new ArrayList<>();
        for (String country : values.countries()) {
            vocabulary.regionOf(country).filter(region -> !regions.contains(region)).ifPresent(regions::add);
        }
        return regions;
    }

    /** {@code resource} with this metadata and provenance in place of its own. */
    public Resource applyTo(Resource resource) {
        return describe(resource.id(), resource.fileName(), resource.mediaType(), resource.sizeBytes(),
                resource.sha256(), resource.sources(), resource.added(), resource.modified(), resource.extraction());
    }

    /** The document of this metadata and provenance with the given id, file and history. */
    public Resource describe(String id, String fileName, String mediaType, long sizeBytes, String sha256,
                             List<SourceRef> sources, Instant added, Instant modified, Extraction extraction) {
        return new Resource(id, values.title(), values.summary(), values.keywords(), values.authors(),
                values.countries(), values.topics(), values.type(), values.language(), values.year(),
                values.organization(), fileName, mediaType, sizeBytes, sha256, sources, added, modified, provenance,
                extraction, values.funder(), values.work());
    }
}
