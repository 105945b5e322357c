package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files written aside and then moved into place atomically, and what a killed run leaves of them: one
 * naming convention for both, so the next run finds exactly the half-written ones.
 */
public final class LeftoverFiles {

    private static final String TEMP_SUFFIX = ".tmp";

    private LeftoverFiles() {
    }

    /** A new file in {@code folder}, named after {@code prefix}, to write before moving it into place. */
    public static Path create(Path folder, String prefix) throws IOException {
        return Files.createTempFile(folder, prefix, TEMP_SUFFIX);
    }

    /** Deletes the files {@link #create} made in {@code folder} for {@code prefix}; returns how many there were. */
    public static int delete(Path folder, String prefix) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + TEMP_SUFFIX)) {
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
