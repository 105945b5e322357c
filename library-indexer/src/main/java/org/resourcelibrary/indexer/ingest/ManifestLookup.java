package org.resourcelibrary.indexer.ingest;

import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.ManifestRow;

/**
 * Finds a file's manifest row: by its path relative to the ingest root, or for a zip member by its path
 * inside the zip (a manifest written for the zip's contents).
 */
final class ManifestLookup {

    static final ManifestLookup NONE = new ManifestLookup(null);

    private final Manifest manifest;

    /** @param manifest the manifest, or null when the run has none */
    ManifestLookup(Manifest manifest) {
        this.manifest = manifest;
    }

    Optional<ManifestRow> row(String path) {
        if (manifest == null) {
            return Optional.empty();
        }
        Optional<ManifestRow> row = manifest.row(path);
        int member = path.lastIndexOf(SourceFile.ARCHIVE_SEPARATOR);
        return row.isPresent() || member < 0 ? row
                : manifest.row(path.substring(member + SourceFile.ARCHIVE_SEPARATOR.length()));
    }

    /** The publishers the manifest names. */
    Set<String> organizations() {
        return manifest == null ? Set.of() : manifest.organizations();
    }
}
