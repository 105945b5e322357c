package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A document's merged metadata and where each field came from.
 *
 * @param values     the merged values
 * @param provenance the source of each field that has a value, keyed by field name
 *                   ({@link MetadataValues#FIELDS})
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
        MetadataValues merged = new MetadataValues(
                pick(MetadataValues.TITLE, layers, MetadataValues::title, provenance),
                pick(MetadataValues.SUMMARY, layers, MetadataValues::summary, provenance),
                pick(MetadataValues.KEYWORDS, layers, MetadataValues::keywords, provenance),
                pick(MetadataValues.AUTHORS, layers, MetadataValues::authors, provenance),
                pick(MetadataValues.COUNTRIES, layers, MetadataValues::countries, provenance),
                pick(MetadataValues.TOPICS, layers, MetadataValues::topics, provenance),
                pick(MetadataValues.TYPE, layers, MetadataValues::type, provenance),
                pick(MetadataValues.LANGUAGE, layers, MetadataValues::language, provenance),
                pick(MetadataValues.YEAR, layers, MetadataValues::year, provenance),
                pick(MetadataValues.ORGANIZATION, layers, MetadataValues::organization, provenance));
        return new ResourceMetadata(merged, provenance);
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
        return new Resource(resource.id(), values.title(), values.summary(), values.keywords(), values.authors(),
                values.countries(), values.topics(), values.type(), values.language(), values.year(),
                values.organization(), resource.fileName(), resource.mediaType(), resource.sizeBytes(),
                resource.sha256(), resource.sources(), resource.added(), resource.modified(), provenance,
                resource.extraction());
    }

    private static <T> T pick(String field, List<Layer> layers, Function<MetadataValues, T> value,
                              Map<String, FieldSource> provenance) {
        for (Layer layer : layers) {
            T found = value.apply(layer.values());
            if (found != null && !(found instanceof List<?> list && list.isEmpty())) {
                provenance.put(field, layer.source());
                return found;
            }
        }
        return null;
    }
}
