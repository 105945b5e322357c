package org.resourcelibrary.indexer.ingest;

import java.nio.file.Path;
import org.resourcelibrary.core.model.SourceRef;

/**
 * One input file found by a scan.
 *
 * @param source         the ingest root, as recorded in {@link SourceRef#source()}
 * @param path           the path relative to the source, {@code /}-separated; a zip member's is
 *                       {@code archive.zip!/member/path}
 * @param file           where its bytes are now (for a zip member: where it was unpacked)
 * @param size           its size in bytes
 * @param modifiedMillis its last-modified time (for a zip member: the zip's)
 */
record SourceFile(String source, String path, Path file, long size, long modifiedMillis) {

    /** Separates a zip's path from its member's path. */
    static final String ARCHIVE_SEPARATOR = "!/";

    /** The key that identifies this file across runs, as {@link SourceRef#key()}. */
    String key() {
        return ref().key();
    }

    SourceRef ref() {
        return new SourceRef(source, path, size, modifiedMillis);
    }

    /** The file's own name, without folders or the archive it came from. */
    String fileName() {
        return fileName(path);
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether a known source reference still describes this file: same size and modification time. */
    boolean sameAs(SourceRef ref) {
        return ref.size() == size && ref.modifiedMillis() == modifiedMillis;
    }
}
