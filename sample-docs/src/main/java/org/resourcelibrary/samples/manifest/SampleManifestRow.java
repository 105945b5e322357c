package org.resourcelibrary.samples.manifest;

import java.util.List;
import org.resourcelibrary.samples.source.SampleMetadata;

/**
 * One document's row of a manifest, in codes (the writer turns them into names and labels).
 *
 * @param file path relative to the folder the manifest describes, with {@code /} separators
 * @param work the key shared by the editions of one work, or {@code null} for a single document
 */
public record SampleManifestRow(String file, String title, List<String> countries, List<String> topics, String type,
                          String language, int year, String organization, String work) {

    public SampleManifestRow {
        countries = List.copyOf(countries);
        topics = List.copyOf(topics);
    }

    public static SampleManifestRow of(SampleMetadata metadata) {
        return new SampleManifestRow(metadata.file(), metadata.title(), metadata.countries(), metadata.topics(),
                metadata.type(), metadata.language(), metadata.year(), metadata.organization(), metadata.work());
    }
}
