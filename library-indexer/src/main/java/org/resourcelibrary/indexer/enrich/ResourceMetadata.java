package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A document's merged metadata and where each field came from.
 *
 * @param values     the merged values
 * @param provenance the source of each field that has a value
 */
public record ResourceMetadata(Metadata values, Map<MetadataField, FieldSource> provenance) {

    /** One source's values and the trust that goes with them. */
    public record Layer(FieldSource source, Metadata values) {
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
        Map<MetadataField, FieldSource> provenance = new EnumMap<>(MetadataField.class);
        Map<MetadataField, Object> merged = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            for (Layer layer : layers) {
                if (layer.values().has(field)) {
                    merged.put(field, layer.values().get(field));
                    provenance.put(field, layer.source());
                    break;
                }
            }
        }
        return new ResourceMetadata(Metadata.of(merged), provenance);
    }

    /** Where {@code field}'s value came from, if it has one. */
    public Optional<FieldSource> source(MetadataField field) {
        return Optional.ofNullable(provenance.get(field));
    }

    /** The regions of the document's countries, in the order of the countries, without repeats. */
    public List<String> regions(Vocabulary vocabulary) {
        List<String> regions = new ArrayList<>();
        for (String country : values.list(MetadataField.COUNTRIES)) {
            vocabulary.regionOf(country).filter(region -> !regions.contains(region)).ifPresent(regions::add);
        }
        return regions;
    }

    /** {@code resource} with this metadata and provenance in place of its own. */
    public Resource applyTo(Resource resource) {
        return resource.withMetadata(values, provenance);
    }
}
