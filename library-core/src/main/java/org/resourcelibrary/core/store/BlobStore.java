package org.resourcelibrary.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content-addressed store of original files: {@code blobs/ab/cd/<sha256>}. Writes are atomic and durable
 * (temporary file, fsync, rename), so a crash leaves either the whole blob or none, and storing the same
 * content twice is a no-op.
 */
public final class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
    }

    /** The SHA-256 of a file, as 64 lower-case hex digits. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** The SHA-256 of a stream's bytes (the stream is read to its end, not closed). */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Stores a copy of {@code file} under its SHA-256 unless already present.
     *
     * @param sha256 the file's SHA-256 if already known (avoids reading it twice), or null
     * @return the SHA-256
     */
    public String put(Path file, String sha256) throws IOException {
        String sha = sha256 != null ? sha256 : sha256(file);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), sha, TEMP_SUFFIX);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            fsync(temp);
            move(temp, target);
            fsync(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha;
    }

    /**
     * Stores a stream's bytes, computing the SHA-256 while copying.
     *
     * @param maxBytes the stream may not hold more than this many bytes
     * @return the SHA-256
     * @throws TooLargeException when the stream holds more than {@code maxBytes}
     */
    public String put(InputStream in, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload", TEMP_SUFFIX);
        try {
            MessageDigest digest = newDigest();
            long total = 0;
            try (DigestInputStream digesting = new DigestInputStream(in, digest);
                 OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = digesting.read(buffer)) != -1) {
                    total += read;
                    if (total > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                fsync(temp);
                move(temp, target);
                fsync(target.getParent());
            }
            return sha;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the blob with this SHA-256 lives (whether or not it exists). */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The stored file, if present. */
    public Optional<Path> find(String sha256) {
        Path path = path(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** SHA-256 of every stored blob (for garbage collection of blobs no resource refers to). */
    public Set<String> all() throws IOException {
        Set<String> shas = new HashSet<>();
        if (!Files.isDirectory(root)) {
            return shas;
        }
        try (DirectoryStream<Path> level1 = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path a : level1) {
                try (DirectoryStream<Path> level2 = Files.newDirectoryStream(a, Files::isDirectory)) {
                    for (Path b : level2) {
                        try (DirectoryStream<Path> blobs = Files.newDirectoryStream(b)) {
                            for (Path blob : blobs) {
                                String name = blob.getFileName().toString();
                                if (SHA256.matcher(name).matches()) {
                                    shas.add(name);
                                } else if (name.endsWith(TEMP_SUFFIX)) {
                                    // Left by a crash between write and rename: never referenced.
                                    Files.deleteIfExists(blob);
                                }
                            }
                        }
                    }
                }
            }
        }
        return shas;
    }

    static void fsync(Path path) throws IOException {
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

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Thrown when a stored stream exceeds its size limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public TooLargeException(long limit) {
            super("larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
