package org.resourcelibrary.web.database;

import java.util.List;

/**
 * A feature's tables: its versions in order, each a list of statements. A new version is appended, never edited,
 * so a database made by an older release is brought up to date by running the versions it has not seen.
 *
 * @param feature  the feature's name in {@code schema_feature}, e.g. {@code alerts}
 * @param versions each version's statements, version 1 first
 */
public record FeatureTables(String feature, List<List<String>> versions) {

    public FeatureTables {
        versions = versions.stream().map(List::copyOf).toList();
        if (feature == null || feature.isBlank() || versions.isEmpty()) {
            throw new IllegalArgumentException("a schema has a feature name and at least one version");
        }
    }
}
