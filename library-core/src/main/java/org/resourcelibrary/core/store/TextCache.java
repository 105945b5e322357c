package org.resourcelibrary.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.resourcelibrary.core.json.Json;

/** Cache of extracted text by content hash: {@code text/<sha256>.json.gz}, written atomically. */
public final class TextCache {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String SUFFIX = ".json.gz";

    private final ContentAddressedFiles files;

    public TextCache(Path root) {
        this.files = ContentAddressedFiles.flat(root, SUFFIX);
    }

    public Path path(String sha256) {
        return files.path(sha256);
    }

    public void put(ExtractedText text) throws IOException {
        Path temp = ContentAddressedFiles.newTemp(files.root(), text.sha256());
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                MAPPER.writeValue(out, text);
            }
            files.commit(temp, text.sha256());
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
        files.delete(sha256);
    }

    /** SHA-256 of every cached text (for removing the texts no resource refers to). */
    public Set<String> all() throws IOException {
        return files.all();
    }
}
