package org.resourcelibrary.indexer.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.indexer.enrich.MetadataValues;
import org.resourcelibrary.indexer.enrich.ResourceMetadata;

/**
 * The metadata fields of a document one by one, by the names provenance uses ({@link MetadataValues#FIELDS}):
 * to tell whether a manifest row still matches a document, and to keep a librarian's edits, which override
 * every other source, when a document is rebuilt.
 */
final class MetadataFields {

    private MetadataFields() {
    }

    /** A document's metadata values. */
    static MetadataValues valuesOf(Resource resource) {
        return new MetadataValues(resource.title(), resource.summary(), resource.keywords(), resource.authors(),
                resource.countries(), resource.topics(), resource.type(), resource.language(), resource.year(),
                resource.organization());
    }

    static Object value(MetadataValues values, String field) {
        return switch (field) {
            case MetadataValues.TITLE -> values.title();
            case MetadataValues.SUMMARY -> values.summary();
            case MetadataValues.KEYWORDS -> values.keywords();
            case MetadataValues.AUTHORS -> values.authors();
            case MetadataValues.COUNTRIES -> values.countries();
            case MetadataValues.TOPICS -> values.topics();
            case MetadataValues.TYPE -> values.type();
            case MetadataValues.LANGUAGE -> values.language();
            case MetadataValues.YEAR -> values.year();
            case MetadataValues.ORGANIZATION -> values.organization();
            default -> throw new IllegalArgumentException("not a metadata field: " + field);
        };
    }

    /** {@code values} with {@code field} set to {@code value} (a list for list fields). */
    @SuppressWarnings("unchecked")
    static MetadataValues with(MetadataValues v, String field, Object value) {
        return switch (field) {
            case MetadataValues.TITLE -> new MetadataValues((String) value, v.summary(), v.keywords(), v.authors(),
                    v.countries(), v.topics(), v.type(), v.language(), v.year(), v.organization());
            case MetadataValues.SUMMARY -> new MetadataValues(v.title(), (String) value, v.keywords(), v.authors(),
                    v.countries(), v.topics(), v.type(), v.language(), v.year(), v.organization());
            case MetadataValues.KEYWORDS -> new MetadataValues(v.title(), v.summary(), (List<String>) value,
                    v.authors(), v.countries(), v.topics(), v.type(), v.language(), v.year(), v.organization());
            case MetadataValues.AUTHORS -> new MetadataValues(v.title(), v.summary(), v.keywords(),
                    (List<String>) value, v.countries(), v.topics(), v.type(), v.language(), v.year(),
                    v.organization());
            case MetadataValues.COUNTRIES -> new MetadataValues(v.title(), v.summary(), v.keywords(), v.authors(),
                    (List<String>) value, v.topics(), v.type(), v.language(), v.year(), v.organization());
            case MetadataValues.TOPICS -> new MetadataValues(v.title(), v.summary(), v.keywords(), v.authors(),
                    v.countries(), (List<String>) value, v.type(), v.language(), v.year(), v.organization());
            case MetadataValues.TYPE -> new MetadataValues(v.title(), v.summary(), v.keywords(), v.authors(),
                    v.countries(), v.topics(), (String) value, v.language(), v.year(), v.organization());
            case MetadataValues.LANGUAGE -> new MetadataValues(v.title(), v.summary(), v.keywords(), v.authors(),
                    v.countries(), v.topics(), v.type(), (String) value, v.year(), v.organization());
            case MetadataValues.YEAR -> v.withYear((Integer) value);
            case MetadataValues.ORGANIZATION -> new MetadataValues(v.title(), v.summary(), v.keywords(), v.authors(),
                    v.countries(), v.topics(), v.type(), v.language(), v.year(), (String) value);
            default -> throw new IllegalArgumentException("not a metadata field: " + field);
        };
    }

    /**
     * Whether a manifest row no longer matches a document: a value the row gives is not the document's (as
     * from the manifest), or a value the document took from the manifest is no longer in the row. Fields a
     * librarian edited are not compared: the edit stands.
     */
    static boolean manifestChanged(MetadataValues row, Resource resource) {
        MetadataValues current = valuesOf(resource);
        for (String field : MetadataValues.FIELDS) {
            FieldSource source = resource.provenance().get(field);
            if (source == FieldSource.EDIT) {
                continue;
            }
            Object given = value(row, field);
            if (present(given) ? source != FieldSource.MANIFEST || !given.equals(value(current, field))
                    : source == FieldSource.MANIFEST) {
                return true;
            }
        }
        return false;
    }

    /** {@code metadata} with every field {@code previous} had from a librarian's edit put back. */
    static ResourceMetadata keepEdits(Resource previous, ResourceMetadata metadata) {
        if (previous == null || !previous.provenance().containsValue(FieldSource.EDIT)) {
            return metadata;
        }
        return withEdits(metadata, valuesOf(previous), editedFields(previous));
    }

    /** {@code metadata} with {@code fields} taken from {@code edited}, each recorded as a librarian's edit. */
    static ResourceMetadata withEdits(ResourceMetadata metadata, MetadataValues edited, Collection<String> fields) {
        MetadataValues values = metadata.values();
        Map<String, FieldSource> provenance = new LinkedHashMap<>(metadata.provenance());
        for (String field : fields) {
            values = with(values, field, value(edited, field));
            provenance.put(field, FieldSource.EDIT);
        }
        return new ResourceMetadata(values, provenance);
    }

    /** A document's own metadata and provenance. */
    static ResourceMetadata metadataOf(Resource resource) {
        return new ResourceMetadata(valuesOf(resource), resource.provenance());
    }

    private static List<String> editedFields(Resource resource) {
        return MetadataValues.FIELDS.stream()
                .filter(field -> resource.provenance().get(field) == FieldSource.EDIT).toList();
    }

    private static boolean present(Object value) {
        return value instanceof Collection<?> list ? !list.isEmpty() : Objects.nonNull(value);
    }
}
