package org.resourcelibrary.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files named by the SHA-256 of what they hold, under one folder: {@code <sha256><suffix>}, or with fan-out
 * {@code ab/cd/<sha256><suffix>} so that no folder holds every file. A file is written to a temporary file
 * first and then renamed into place, so a crash leaves either the whole file or none; the temporary files
 * such a crash leaves behind are removed when the files are listed. Used by {@link BlobStore} and
 * {@link TextCache}.
 */
final class ContentAddressedFiles {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_SUFFIX = ".tmp";
    /** Folder levels of a fanned-out layout, each named by the next two hex digits of the hash. */
    private static final int FAN_OUT_LEVELS = 2;
    private static final int DIGITS_PER_LEVEL = 2;

    private final Path root;
    private final String suffix;
    private final int levels;

    private ContentAddressedFiles(Path root, String suffix, int levels) {
        this.root = root;
        this.suffix = suffix;
        this.levels = levels;
    }

    /** Files {@code ab/cd/<sha256><suffix>}. */
    static ContentAddressedFiles fannedOut(Path root, String suffix) {
        return new ContentAddressedFiles(root, suffix, FAN_OUT_LEVELS);
    }

    /** Files {@code <sha256><suffix>}, all in the root. */
    static ContentAddressedFiles flat(Path root, String suffix) {
        return new ContentAddressedFiles(root, suffix, 0);
    }

    Path root() {
        return root;
    }

    /** Where the file for this SHA-256 lives (whether or not it exists). */
    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Path folder = root;
        for (int level = 0; level < levels; level++) {
            folder = folder.resolve(sha256.substring(level * DIGITS_PER_LEVEL, (level + 1) * DIGITS_PER_LEVEL));
        }
        return folder.resolve(sha256 + suffix);
    }

    /** The stored file, if present. */
    Optional<Path> find(String sha256) {
        Path path = path(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** A new temporary file in {@code folder} (created if need be), to be renamed into place by {@link #commit}. */
    static Path newTemp(Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, prefix, TEMP_SUFFIX);
    }

    /** Makes a written temporary file durable and renames it to be the file of {@code sha256}. */
    void commit(Path temp, String sha256) throws IOException {
        Path target = path(sha256);
        Files.createDirectories(target.getParent());
        fsync(temp);
        move(temp, target);
        fsync(target.getParent());
    }

    /** SHA-256 of every stored file, removing the temporary files a crash left behind (never referenced). */
    Set<String> all() throws IOException {
        Set<String> shas = new HashSet<>();
        if (Files.isDirectory(root)) {
            collect(root, levels, shas);
        }
        return shas;
    }

    private void collect(Path folder, int levelsBelow, Set<String> shas) throws IOException {
        if (levelsBelow > 0) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(folder, Files::isDirectory)) {
                for (Path below : folders) {
                    collect(below, levelsBelow - 1, shas);
                }
            }
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String sha = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : "";
                if (SHA256.matcher(sha).matches()) {
                    shas.add(sha);
                } else if (name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void fsync(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, directory
                ? new StandardOpenOption[] {StandardOpenOption.READ}
                : new StandardOpenOption[] {StandardOpenOption.WRITE})) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // Some file systems cannot fsync a directory; the rename is still atomic there.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
