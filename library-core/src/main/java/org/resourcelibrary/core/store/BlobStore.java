package org.resourcelibrary.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Content-addressed store of original files: {@code blobs/ab/cd/<sha256>}. Writes are atomic and durable
 * (temporary file, fsync, rename), so a crash leaves either the whole blob or none, and storing the same
 * content twice is a no-op.
 */
public final class BlobStore {

    /** Blobs are stored as they came, without a suffix. */
    private static final String NO_SUFFIX = "";

    private final ContentAddressedFiles files;

    public BlobStore(Path root) {
        this.files = ContentAddressedFiles.fannedOut(root, NO_SUFFIX);
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
        Path temp = ContentAddressedFiles.newTemp(target.getParent(), sha);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            files.commit(temp, sha);
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
        Path temp = ContentAddressedFiles.newTemp(files.root(), "upload");
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
            if (!Files.exists(path(sha))) {
                files.commit(temp, sha);
            }
            return sha;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the blob with this SHA-256 lives (whether or not it exists). */
    public Path path(String sha256) {
        return files.path(sha256);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The stored file, if present. */
    public Optional<Path> find(String sha256) {
        return files.find(sha256);
    }

    public void delete(String sha256) throws IOException {
        files.delete(sha256);
    }

    /** SHA-256 of every stored blob (for garbage collection of blobs no resource refers to). */
    public Set<String> all() throws IOException {
        return files.all();
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
