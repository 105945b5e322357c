package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The member files of an unpacked zip, in a temporary directory that {@link #close()} deletes.
 *
 * @param directory where the members were written
 * @param members   the files unpacked, each to become its own resource
 * @param skipped   the members not unpacked, with the reason
 */
public record UnpackedArchive(Path directory, List<Member> members, List<Skipped> skipped) implements AutoCloseable {

    /**
     * One unpacked file.
     *
     * @param path its path inside the archive; members of a nested zip read {@code inner.zip/doc.pdf}
     * @param file where it was written
     */
    public record Member(String path, Path file) {
    }

    /**
     * A member left out.
     *
     * @param path   its path inside the archive
     * @param reason why, e.g. {@code unsafe path}, {@code compression ratio above 200}
     */
    public record Skipped(String path, String reason) {
    }

    public UnpackedArchive {
        members = List.copyOf(members);
        skipped = List.copyOf(skipped);
    }

    /** Deletes the directory and everything unpacked into it. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
