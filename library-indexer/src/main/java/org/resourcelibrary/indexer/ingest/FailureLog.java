package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files whose text could not be extracted, with their size and time then: such a file is not extracted
 * again until it changes (or a run asks to retry), so that re-running an ingest over a folder with a few
 * bad files redoes nothing. Only a shortcut: if the log is lost, those files are simply tried again.
 */
final class FailureLog {

    /** One file that failed. */
    record Failure(String source, String path, long size, long modifiedMillis, String reason, String detail) {

        String key() {
            return source + "!" + path;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);
    private static final ObjectMapper JSON = Json.mapper();

    private final Map<String, Failure> byKey = new HashMap<>();

    private FailureLog(Collection<Failure> failures) {
        failures.forEach(failure -> byKey.put(failure.key(), failure));
    }

    static FailureLog empty() {
        return new FailureLog(List.of());
    }

    /** The log in {@code file}; empty when there is none or it cannot be read. */
    static FailureLog read(Path file) {
        try {
            return new FailureLog(JSON.readValue(file.toFile(), new TypeReference<List<Failure>>() {
            }));
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            if (Files.exists(file)) {
                LOG.warn("the failure log {} cannot be read ({}); failed files will be tried again", file,
                        e.getMessage());
            }
            return empty();
        }
    }

    /** The failure of this very file (same path, size and time), if it failed before. */
    Optional<Failure> find(SourceFile file) {
        Failure failure = byKey.get(file.key());
        return failure != null && failure.size() == file.size() && failure.modifiedMillis() == file.modifiedMillis()
                ? Optional.of(failure) : Optional.empty();
    }

    Collection<Failure> failures() {
        return byKey.values();
    }

    /** Deletes the half-written logs of runs killed while writing one (see {@link ReportArchive#removeLeftovers}). */
    static int removeLeftovers(DataDirectory data) throws IOException {
        return LeftoverFiles.delete(data.failures().getParent(), data.failures().getFileName().toString());
    }

    /** Writes the failures atomically. */
    static void write(Path file, Collection<Failure> failures) throws IOException {
        Path temp = LeftoverFiles.create(file.getParent(), file.getFileName().toString());
        try {
            JSON.writeValue(temp.toFile(), failures.stream()
                    .sorted(Comparator.comparing(Failure::key)).toList());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
