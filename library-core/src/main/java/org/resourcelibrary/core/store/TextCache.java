package org.resourcelibrary.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.resourcelibrary.core.json.Json;

/** Cache of extracted text by content hash: {@code text/<sha256>.json.gz}, written atomically. */
public final class TextCache {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String SUFFIX = ".json.gz";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;

    public TextCache(Path root) {
        this.root = root;
    }

    public Path path(String sha256) {
        return root.resolve(sha256 + SUFFIX);
    }

    public void put(ExtractedText text) throws IOException {
        Files.createDirectories(root);
        Path target = path(text.sha256());
        Path temp = Files.createTempFile(root, text.sha256(), TEMP_SUFFIX);
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                MAPPER.writeValue(out, text);
            }
            BlobStore.fsync(temp);
            BlobStore.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The cached text, or empty when absent or unreadable (then the file is simply extracted again). */
    public Optional<ExtractedText> get(String sha256) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(sha256)))) {
            return Optional.of(MAPPER.readValue(in, ExtractedText.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** SHA-256 of every cached text (for removing the texts no resource refers to). */
    public Set<String> all() throws IOException {
        Set<String> shas = new HashSet<>();
        if (!Files.isDirectory(root)) {
            return shas;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    shas.add(name.substring(0, name.length() - SUFFIX.length()));
                } else if (name.endsWith(TEMP_SUFFIX)) {
                    // Left by a crash between write and rename: never referenced.
                    Files.deleteIfExists(file);
                }
            }
        }
        return shas;
    }
}
