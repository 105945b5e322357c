package org.resourcelibrary.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A document of the library with its metadata: what is indexed, searched, faceted and shown.
 * The extracted text travels separately (see {@link ResourceContent}) because it can be large.
 *
 * <p>Codes, not labels: {@code countries} are ISO 3166-1 alpha-2, {@code topics} and {@code type} are
 * vocabulary codes, {@code language} is ISO 639-1. Regions are derived from countries.
 *
 * @param provenance where each metadata field's value came from, keyed by field name
 *                   ({@code title}, {@code countries}, {@code topics}, {@code type}, {@code language},
 *                   {@code year}, {@code organization}, {@code summary}, {@code keywords}, {@code authors},
 *                   {@code funder}: {@link MetadataField#key()})
 * @param funder     who paid for the work the document reports (free text, as librarians give it), or null;
 *                   last so that documents stored before it keep their shape with one more property
 * @param work       the work this document is an edition of: a key librarians give (free text, e.g.
 *                   {@code case-management-toolkit}) shared by a report's translations, or null when the
 *                   document is a work of its own; after the funder for the same reason
 */
public record Resource(
        String id,
        String title,
        String summary,
        List<String> keywords,
        List<String> authors,
        List<String> countries,
        List<String> topics,
        String type,
        String language,
        Integer year,
        String organization,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        List<SourceRef> sources,
        Instant added,
        Instant modified,
        Map<String, FieldSource> provenance,
        Extraction extraction,
        String funder,
        String work) {

    public Resource {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        authors = authors == null ? List.of() : List.copyOf(authors);
        countries = countries == null ? List.of() : List.copyOf(countries);
        topics = topics == null ? List.of() : List.copyOf(topics);
        sources = sources == null ? List.of() : List.copyOf(sources);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }
}
