package org.resourcelibrary.indexer.review;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.ingest.DocumentIds;
import org.resourcelibrary.indexer.ingest.LeftoverFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence for each document's inferred values, kept beside the index in the data directory's
 * {@value #FOLDER}: one JSON file per document, replaced whenever the document is catalogued again. A
 * document without a file (indexed before evidence was kept, or with nothing inferred) simply has none.
 * Thread-safe: each file is written aside and moved into place. Each file read is kept in memory and read
 * again only when it changed on disk (another file moved into place, or its time or size changed), so that the
 * queue, asked for at every look at the page, costs a listing of the folder and not a parse of every file;
 * and a file written by another store, or another process, is never missed.
 */
public final class EvidenceStore {

    /** The data directory's folder of evidence files. */
    public static final String FOLDER = "evidence";
    private static final String SUFFIX = ".json";
    private static final String PREFIX = "evidence-";
    private static final TypeReference<List<InferredValue>> VALUES = new TypeReference<>() {
    };
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStore.class);

    private final Path folder;
    /** Each file read, by document id, with the attributes it had when read. */
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    /** A file's values as read, and what identifies that version of the file on disk. */
    private record Read(Object fileKey, FileTime modified, long size, List<InferredValue> values) {

        boolean current(BasicFileAttributes now) {
            return Objects.equals(fileKey, now.fileKey()) && modified.equals(now.lastModifiedTime())
                    && size == now.size();
        }
    }

    public EvidenceStore(DataDirectory data) {
        this.folder = data.root().resolve(FOLDER);
    }

    /** Keeps {@code values} as document {@code id}'s evidence, in place of what it had. */
    public void save(String id, List<InferredValue> values) throws IOException {
        if (!DocumentIds.isValid(id)) {
            return;
        }
        if (values.isEmpty()) {
            delete(id);
            return;
        }
        Files.createDirectories(folder);
        Path temp = LeftoverFiles.create(folder, PREFIX);
        try {
            Json.mapper().writeValue(temp.toFile(), values);
            Files.move(temp, folder.resolve(id + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            read.remove(id);
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the half-written files of a process killed while saving evidence (never moved into place, so never
     * read); returns how many there were.
     */
    public static int removeLeftovers(DataDirectory data) throws IOException {
        return LeftoverFiles.delete(data.root().resolve(FOLDER), PREFIX);
    }

    /** Forgets document {@code id}'s evidence: the document is gone, or nothing of it is inferred any more. */
    public void delete(String id) throws IOException {
        if (DocumentIds.isValid(id)) {
            read.remove(id);
            Files.deleteIfExists(folder.resolve(id + SUFFIX));
        }
    }

    /**
     * Forgets the evidence of document {@code id}, which is gone; a file that cannot be deleted is only logged:
     * the queue shows evidence of documents that exist, and a new document of that id writes its own.
     */
    public void forget(String id) {
        try {
            delete(id);
        } catch (IOException e) {
            LOG.warn("the evidence of deleted document {} could not be deleted: {}", id, e.toString());
        }
    }

    /**
     * Moves document {@code from}'s evidence to {@code to}: the same document under another id (its file moved).
     * Evidence that cannot be moved is only logged, as in {@link #forget}: it costs the queue that document.
     */
    public void move(String from, String to) {
        if (DocumentIds.isValid(from) && DocumentIds.isValid(to) && !from.equals(to)) {
            try {
                save(to, read(from));
            } catch (IOException e) {
                LOG.warn("the evidence of {} could not be moved to {}: {}", from, to, e.toString());
            }
            forget(from);
        }
    }

    /** Document {@code id}'s evidence; none when it has no readable file. */
    public List<InferredValue> read(String id) {
        if (!DocumentIds.isValid(id)) {
            return List.of();
        }
        return cached(id, folder.resolve(id + SUFFIX));
    }

    /** Every document's evidence, by document id in order. */
    public Map<String, List<InferredValue>> all() {
        Map<String, List<InferredValue>> all = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                all.put(id, cached(id, file));
            }
        } catch (NoSuchFileException e) {
            read.clear();
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence in " + folder, e);
        }
        // Files deleted by another process since are forgotten.
        read.keySet().retainAll(all.keySet());
        return all;
    }

    /** The values in {@code file}, read again only when the file changed since it was last read. */
    private List<InferredValue> cached(String id, Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            read.remove(id);
            return List.of();
        }
        Read known = read.get(id);
        if (known != null && known.current(attributes)) {
            return known.values();
        }
        // The attributes are taken before the content: a file replaced in between is read again next time.
        List<InferredValue> values = read(file);
        read.put(id, new Read(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), values));
        return values;
    }

    private static List<InferredValue> read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), VALUES);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            // A damaged file loses one document's evidence, not the queue: the next ingest of it writes it anew.
            LOG.warn("cannot read the evidence file {}: {}", file, e.toString());
            return List.of();
        }
    }
}
