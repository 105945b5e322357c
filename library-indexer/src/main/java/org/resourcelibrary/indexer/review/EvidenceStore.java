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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.ingest.DocumentIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence for each document's inferred values, kept beside the index in the data directory's
 * {@value #FOLDER}: one JSON file per document, replaced whenever the document is catalogued again. A
 * document without a file (indexed before evidence was kept, or with nothing inferred) simply has none.
 * Thread-safe: each file is written aside and moved into place.
 */
public final class EvidenceStore {

    /** The data directory's folder of evidence files. */
    public static final String FOLDER = "evidence";
    private static final String SUFFIX = ".json";
    private static final String PREFIX = "evidence-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final TypeReference<List<InferredValue>> VALUES = new TypeReference<>() {
    };
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStore.class);

    private final Path folder;

    public EvidenceStore(DataDirectory data) {
        this.folder = data.root().resolve(FOLDER);
    }

    /** Keeps {@code values} as document {@code id}'s evidence, in place of what it had. */
    public void save(String id, List<InferredValue> values) throws IOException {
        if (!DocumentIds.isValid(id)) {
            return;
        }
        if (values.isEmpty()) {
            Files.deleteIfExists(folder.resolve(id + SUFFIX));
            return;
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, PREFIX, TEMP_SUFFIX);
        try {
            Json.mapper().writeValue(temp.toFile(), values);
            Files.move(temp, folder.resolve(id + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Document {@code id}'s evidence; none when it has no readable file. */
    public List<InferredValue> read(String id) {
        if (!DocumentIds.isValid(id)) {
            return List.of();
        }
        return read(folder.resolve(id + SUFFIX));
    }

    /** Every document's evidence, by document id in order. */
    public Map<String, List<InferredValue>> all() {
        Map<String, List<InferredValue>> all = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                all.put(name.substring(0, name.length() - SUFFIX.length()), read(file));
            }
        } catch (NoSuchFileException e) {
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence in " + folder, e);
        }
        return all;
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
