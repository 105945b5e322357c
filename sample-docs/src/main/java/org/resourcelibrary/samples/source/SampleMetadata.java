package org.resourcelibrary.samples.source;

import java.util.List;

/**
 * The true metadata of a sample document, from its source header. Codes, not labels.
 *
 * @param file       output file name, relative to {@code sample-docs/library/}
 * @param inManifest whether the librarian's spreadsheet has a row for the document
 * @param properties what the file itself claims in its document properties (may be wrong on purpose)
 * @param work       the key shared by the editions of one work (the same report in several languages), or
 *                   {@code null} for a document that is its own only edition
 */
public record SampleMetadata(
        String file,
        Format format,
        String language,
        String title,
        List<String> countries,
        List<String> topics,
        String type,
        int year,
        String organization,
        boolean inManifest,
        EmbeddedProperties properties,
        String work) {

    public SampleMetadata {
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
    }
}
