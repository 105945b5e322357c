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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;

/**
 * The tombstones deleted documents leave, so that harvesters learn of deletions ({@code deletedRecord:
 * persistent}): a journal of JSON lines, one per deletion, appended and forced to disk before the deletion is
 * made. A deletion that did not reach the index leaves a tombstone of a document that is still there: readers
 * ignore tombstones of documents the library has (see {@code LuceneLibrary}), which also covers a document
 * added again after its deletion. A line torn by a crash is skipped.
 *
 * <p>Every OAI-PMH list asks for the deletions, so the latest tombstone of each document is kept in memory and
 * only lines appended since the last look are read (another process may append: the file is followed by its
 * length and identity, not by this object's own writes). A document deleted again and again would grow the
 * journal without bound, so once superseded lines outnumber live ones the journal is rewritten with one line per
 * document, into a new file moved over the old one, so a crash leaves either journal whole.
 */
public final class Tombstones {

    /** The journal's name, in the index directory. */
    public static final String FILE_NAME = "tombstones.jsonl";
    /** Fewer lines than this are never worth a rewrite. */
    static final int COMPACT_AFTER_LINES = 1_000;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The fields of a document its tombstone keeps: enough for the sets it was in. */
    private static final List<String> KEPT_FIELDS = List.of("id", "type", "topics", "countries", "language");

    private final Path file;
    private final ObjectMapper json = Json.mapper();
    /** The latest deletion of each document read so far, with the line it came from. */
    private final Map<String, Entry> latest = new LinkedHashMap<>();
    /** The journal file read so far: its identity and how many bytes of it. */
    private Object readKey;
    private long readUpTo;
    private int linesRead;
    /** Whether the journal ends in a line with no newline: one a crash tore, as only one process writes. */
    private boolean unterminated;

    public Tombstones(Path file) {
        this.file = file;
    }

    /**
     * One deletion. The document is kept as a partial {@link Resource} in JSON, so that a field the record gains
     * later reads as absent, not as a broken line.
     */
    record Tombstone(long deletedMillis, Map<String, Object> resource) {
    }

    private record Entry(Change change, String line) {
    }

    /** Records the deletion of a document, durably. */
    public synchronized void bury(Resource resource, Instant deleted) throws IOException {
        Tombstone tombstone = new Tombstone(deleted.toEpochMilli(), keptFields(resource));
        refresh();
        String line = json.writeValueAsString(tombstone);
        // A torn line is ended first, or this deletion would be read as part of it.
        append(file, List.of(unterminated ? "\n" + line : line), StandardOpenOption.APPEND);
        refresh();
        if (linesRead >= COMPACT_AFTER_LINES && linesRead > 2 * latest.size()) {
            compact();
        }
    }

    /**
     * What a tombstone keeps of a deleted document, whichever backend keeps it: its id and what decides the sets
     * it was in.
     */
    public static Resource kept(Resource resource) {
        return Json.mapper().convertValue(keptFields(resource), Resource.class);
    }

    private static Map<String, Object> keptFields(Resource resource) {
        Map<String, Object> fields = Json.mapper().convertValue(resource, MAP);
        fields.keySet().retainAll(KEPT_FIELDS);
        return fields;
    }

    /** The latest deletion of each document ever deleted, as changes, in no particular order. */
    public synchronized Collection<Change> all() throws IOException {
        refresh();
        return latest.values().stream().map(Entry::change).toList();
    }

    /** Reads what was appended since the last look; all of it again if the journal was replaced. */
    private void refresh() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException nothingDeletedYet) {
            forget(null);
            return;
        }
        if (!Objects.equals(attributes.fileKey(), readKey) || attributes.size() < readUpTo) {
            forget(attributes.fileKey());
        }
        if (attributes.size() == readUpTo) {
            unterminated = false;
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer appended = ByteBuffer.allocate(Math.toIntExact(attributes.size() - readUpTo));
            while (appended.hasRemaining() && channel.read(appended, readUpTo + appended.position()) >= 0) {
                // Reads until the buffer is full or the file ends.
            }
            int end = appended.position();
            while (end > 0 && appended.get(end - 1) != '\n') {
                end--; // A line still being written (no newline yet) is read on a later look.
            }
            if (end > 0) {
                for (String line : new String(appended.array(), 0, end, StandardCharsets.UTF_8).split("\n")) {
                    read(line);
                }
            }
            readUpTo += end;
            unterminated = appended.position() > end;
        }
    }

    private void forget(Object key) {
        latest.clear();
        unterminated = false;
        readKey = key;
        readUpTo = 0;
        linesRead = 0;
    }

    private void read(String line) {
        linesRead++;
        Change change = parse(line);
        if (change != null) {
            Entry entry = new Entry(change, line);
            latest.merge(change.id(), entry,
                    (a, b) -> a.change().datestamp().isAfter(b.change().datestamp()) ? a : b);
        }
    }

    /** Rewrites the journal with the latest line of each document. */
    private void compact() throws IOException {
        List<String> lines = new ArrayList<>();
        latest.values().forEach(entry -> lines.add(entry.line()));
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        append(temporary, lines, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        refresh();
    }

    private static void append(Path target, List<String> lines, StandardOpenOption mode) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                mode)) {
            ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
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
