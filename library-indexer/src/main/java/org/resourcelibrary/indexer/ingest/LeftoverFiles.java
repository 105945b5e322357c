package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Files a killed run left half-written (temporary files written before an atomic move into place). */
final class LeftoverFiles {
    private LeftoverFiles() {
    }

    /** Deletes the files of {@code folder} matching {@code glob}; returns how many there were. */
    static int delete(Path folder, String glob) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return deleted;
    }
}
