package org.resourcelibrary.indexer.editions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import org.resourcelibrary.core.store.DataDirectory;

/**
 * The proposals a librarian dismissed, by key, kept in the data directory ({@value #FILE}, a key a line) so
 * that no later ingest proposes them again. Thread-safe within one process.
 */
public final class DismissedEditions {

    /** The file's name in the data directory. */
    public static final String FILE = "dismissed-editions.txt";

    private final Path file;

    public DismissedEditions(DataDirectory data) {
        this.file = data.root().resolve(FILE);
    }

    /** The keys dismissed so far. */
    public synchronized Set<String> keys() throws IOException {
        if (!Files.exists(file)) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                keys.add(line.strip());
            }
        }
        return keys;
    }

    /** Remembers a dismissal (written whole, then moved into place, so a crash leaves the old list or the new). */
    public synchronized void dismiss(String key) throws IOException {
        Set<String> keys = new LinkedHashSet<>(keys());
        if (!keys.add(key)) {
            return;
        }
        Path written = file.resolveSibling(FILE + ".tmp");
        Files.write(written, keys, StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
