package org.resourcelibrary.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A document of the library with its metadata: what is indexed, searched, faceted and shown.
 * The extracted text travels separately (see {@link ResourceContent}) because it can be large.
 *
 * <p>Made with {@link #of(String, Metadata)} and the {@code with…} methods, never by position, so that a new
 * metadata field is one {@link MetadataField} constant. Its JSON (stored in the index and served by the API) has
 * every metadata field as a property of its own, named by its key: see {@link ResourceJson}.
 *
 * @param metadata   its metadata fields' values
 * @param fileName   the name downloads are given
 * @param sources    where its content was found
 * @param provenance where each metadata field's value came from
 * @param extraction how its text was read, or null
 */
@JsonSerialize(using = ResourceJson.Writer.class)
@JsonDeserialize(using = ResourceJson.Reader.class)
public record Resource(
        String id,
        Metadata metadata,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        List<SourceRef> sources,
        Instant added,
        Instant modified,
        Map<MetadataField, FieldSource> provenance,
        Extraction extraction) {

    public Resource {
        metadata = metadata == null ? Metadata.NONE : metadata;
        sources = sources == null ? List.of() : List.copyOf(sources);
        EnumMap<MetadataField, FieldSource> sourced = new EnumMap<>(MetadataField.class);
        if (provenance != null) {
            sourced.putAll(provenance);
        }
        provenance = Collections.unmodifiableMap(sourced);
    }

    /** A document with {@code id} and {@code metadata}, and no file, sources, history or provenance yet. */
    public static Resource of(String id, Metadata metadata) {
        return new Resource(id, metadata, null, null, 0, null, List.of(), null, null, Map.of(), null);
    }

    /** This document with {@code field} set to {@code value}, its provenance unchanged. */
    public Resource with(MetadataField field, Object value) {
        return withMetadata(metadata.with(field, value), provenance);
    }

    /** This document with other metadata, from the given sources. */
    public Resource withMetadata(Metadata metadata, Map<MetadataField, FieldSource> provenance) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    public Resource withId(String id) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    /** This document made of another file (or the same file under another name). */
    public Resource withFile(String fileName, String mediaType, long sizeBytes, String sha256) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    public Resource withSources(List<SourceRef> sources) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    /** This document first added and last modified at the given instants. */
    public Resource withTimes(Instant added, Instant modified) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    public Resource withExtraction(Extraction extraction) {
        return new Resource(id, metadata, fileName, mediaType, sizeBytes, sha256, sources, added, modified,
                provenance, extraction);
    }

    public String title() {
        return metadata.text(MetadataField.TITLE);
    }

    public String summary() {
        return metadata.text(MetadataField.SUMMARY);
    }

    public List<String> keywords() {
        return metadata.list(MetadataField.KEYWORDS);
    }

    public List<String> authors() {
        return metadata.list(MetadataField.AUTHORS);
    }

    /** ISO 3166-1 alpha-2 codes; regions are derived from them. */
    public List<String> countries() {
        return metadata.list(MetadataField.COUNTRIES);
    }

    /** Vocabulary codes. */
    public List<String> topics() {
        return metadata.list(MetadataField.TOPICS);
    }

    /** A vocabulary code, or null. */
    public String type() {
        return metadata.text(MetadataField.TYPE);
    }

    /** An ISO 639-1 code, or null. */
    public String language() {
        return metadata.text(MetadataField.LANGUAGE);
    }

    public Integer year() {
        return metadata.year(MetadataField.YEAR);
    }

    public String organization() {
        return metadata.text(MetadataField.ORGANIZATION);
    }

    /** The work this document is an edition of (shared by a report's translations), or null. */
    public String work() {
        return metadata.text(MetadataField.WORK);
    }
}
