package org.resourcelibrary.indexer.ingest;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.indexer.enrich.ResourceMetadata;

/**
 * The metadata fields of a document one by one ({@link MetadataField}): to tell whether a manifest row still
 * matches a document, and to keep a librarian's edits, which override every other source, when a document is
 * rebuilt.
 */
final class MetadataFields {

    private MetadataFields() {
    }

    /**
     * Whether a manifest row no longer matches a document: a value the row gives is not the document's (as
     * from the manifest), or a value the document took from the manifest is no longer in the row. Fields a
     * librarian edited are not compared: the edit stands.
     */
    static boolean manifestChanged(Metadata row, Resource resource) {
        Metadata current = resource.metadata();
        for (MetadataField field : MetadataField.values()) {
            FieldSource source = resource.provenance().get(field);
            if (source == FieldSource.EDIT) {
                continue;
            }
            if (row.has(field) ? source != FieldSource.MANIFEST || !row.get(field).equals(current.get(field))
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
        return withEdits(metadata, previous.metadata(), editedFields(previous));
    }

    /** {@code metadata} with {@code fields} taken from {@code edited}, each recorded as a librarian's edit. */
    static ResourceMetadata withEdits(ResourceMetadata metadata, Metadata edited,
                                      Collection<MetadataField> fields) {
        Map<MetadataField, FieldSource> sources = new EnumMap<>(MetadataField.class);
        fields.forEach(field -> sources.put(field, FieldSource.EDIT));
        return withSources(metadata, edited, sources);
    }

    /**
     * {@code metadata} with the fields of {@code sources} taken from {@code given}, each recorded as from its
     * source there (none: the field has no provenance, as a field without a value).
     */
    static ResourceMetadata withSources(ResourceMetadata metadata, Metadata given,
                                        Map<MetadataField, FieldSource> sources) {
        Metadata values = metadata.values();
        Map<MetadataField, FieldSource> provenance = new EnumMap<>(MetadataField.class);
        provenance.putAll(metadata.provenance());
        for (Map.Entry<MetadataField, FieldSource> entry : sources.entrySet()) {
            values = values.with(entry.getKey(), given.get(entry.getKey()));
            if (entry.getValue() == null) {
                provenance.remove(entry.getKey());
            } else {
                provenance.put(entry.getKey(), entry.getValue());
            }
        }
        return new ResourceMetadata(values, provenance);
    }

    /** A document's own metadata and provenance. */
    static ResourceMetadata metadataOf(Resource resource) {
        return new ResourceMetadata(resource.metadata(), resource.provenance());
    }

    private static List<MetadataField> editedFields(Resource resource) {
        return List.of(MetadataField.values()).stream()
                .filter(field -> resource.provenance().get(field) == FieldSource.EDIT).toList();
    }
}
