package org.resourcelibrary.core.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;

/**
 * The tombstones deleted documents leave, so that harvesters learn of deletions ({@code deletedRecord:
 * persistent}): a journal of JSON lines, one per deletion, appended and forced to disk before the deletion is
 * made. A deletion that did not reach the index leaves a tombstone of a document that is still there: readers
 * ignore tombstones of documents the library has (see {@code LuceneLibrary}), which also covers a document
 * added again after its deletion. A line torn by a crash is skipped.
 */
public final class Tombstones {

    /** The journal's name, in the index directory. */
    public static final String FILE_NAME = "tombstones.jsonl";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json = Json.mapper();

    public Tombstones(Path file) {
        this.file = file;
    }

    /** The fields of a document its tombstone keeps: enough for the sets it was in. */
    private static final List<String> KEPT_FIELDS = List.of("id", "type", "topics", "countries", "language");

    /**
     * One deletion. The document is kept as a partial {@link Resource} in JSON, so that a field the record gains
     * later reads as absent, not as a broken line.
     */
    record Tombstone(long deletedMillis, Map<String, Object> resource) {
    }

    /** Records the deletion of a document, durably. */
    public synchronized void bury(Resource resource, Instant deleted) throws IOException {
        Map<String, Object> fields = json.convertValue(resource, MAP);
        fields.keySet().retainAll(KEPT_FIELDS);
        Tombstone tombstone = new Tombstone(deleted.toEpochMilli(), fields);
        byte[] line = (json.writeValueAsString(tombstone) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The latest deletion of each document ever deleted, as changes, in no particular order. */
    public Collection<Change> all() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException nothingDeletedYet) {
            return List.of();
        }
        Map<String, Change> latest = new LinkedHashMap<>();
        for (String line : lines) {
            Change change = parse(line);
            if (change != null) {
                latest.merge(change.id(), change, (a, b) -> a.datestamp().isAfter(b.datestamp()) ? a : b);
            }
        }
        return latest.values();
    }

    private Change parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            Tombstone tombstone = json.readValue(line, Tombstone.class);
            Resource resource = json.convertValue(tombstone.resource(), Resource.class);
            if (resource == null || resource.id() == null) {
                return null;
            }
            return new Change(resource.id(), Instant.ofEpochMilli(tombstone.deletedMillis()), resource, true);
        } catch (JsonProcessingException | IllegalArgumentException tornByACrash) {
            return null;
        }
    }
}
