package org.resourcelibrary.web.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The librarians' bearer tokens: given directly (the {@code LIBRARY_TOKENS} setting) and/or read from a file,
 * one per line. Only SHA-256 hashes are kept; a presented token is hashed and compared with every known hash
 * in constant time. The file is re-read when it changes, so removing a line revokes that token without a
 * restart; if the file disappears or turns invalid, its tokens stop working (fail closed).
 */
public final class AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    /** Shortest token accepted: shorter ones are too easy to guess. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> fixed;
    private final Path file;
    private volatile FileTokens fromFile;

    private AccessTokens(List<byte[]> fixed, Path file, FileTokens fromFile) {
        this.fixed = fixed;
        this.file = file;
        this.fromFile = fromFile;
    }

    /** No tokens: every librarian request is refused. */
    public static AccessTokens none() {
        return new AccessTokens(List.of(), null, FileTokens.NONE);
    }

    /**
     * Tokens given directly and/or in a file (either may be empty or null).
     *
     * @throws IllegalArgumentException when a token is too short or has spaces, or the file cannot be read;
     *                                  the message never contains a token
     */
    public static AccessTokens of(Collection<String> tokens, Path file) {
        List<byte[]> hashes = new ArrayList<>();
        int position = 0;
        for (String token : tokens == null ? List.<String>of() : tokens) {
            position++;
            hashes.add(hash(checked(token.strip(), "token " + position + " of LIBRARY_TOKENS")));
        }
        FileTokens fromFile = FileTokens.NONE;
        if (file != null) {
            try {
                fromFile = FileTokens.read(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the tokens file " + file + ": " + e.getMessage(), e);
            }
        }
        return new AccessTokens(List.copyOf(hashes), file, fromFile);
    }

    /** Splits a comma-separated list of tokens, as in {@code LIBRARY_TOKENS}. */
    public static List<String> split(String commaSeparated) {
        List<String> tokens = new ArrayList<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                if (!part.isBlank()) {
                    tokens.add(part.strip());
                }
            }
        }
        return tokens;
    }

    /** Whether any token could be accepted (otherwise the librarian endpoints are closed). */
    public boolean configured() {
        return !fixed.isEmpty() || file != null;
    }

    /** Whether {@code presented} is one of the tokens, in time independent of which token (if any) matches. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] hash = hash(presented);
        boolean match = false;
        for (byte[] known : fixed) {
            match |= MessageDigest.isEqual(known, hash);
        }
        for (byte[] known : current().hashes) {
            match |= MessageDigest.isEqual(known, hash);
        }
        return match;
    }

    private FileTokens current() {
        if (file == null) {
            return FileTokens.NONE;
        }
        FileTokens known = fromFile;
        Object stamp = FileTokens.stamp(file);
        if (Objects.equals(stamp, known.stamp)) {
            return known;
        }
        FileTokens fresh;
        try {
            fresh = FileTokens.read(file);
            LOG.info("tokens file {} changed: {} token(s) now accepted from it", file, fresh.hashes.size());
        } catch (NoSuchFileException e) {
            LOG.warn("tokens file {} is gone: none of its tokens is accepted any more", file);
            fresh = new FileTokens(List.of(), stamp);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("tokens file {} is unreadable ({}): none of its tokens is accepted until it is fixed", file,
                    e.getMessage());
            fresh = new FileTokens(List.of(), stamp);
        }
        fromFile = fresh;
        return fresh;
    }

    private static String checked(String token, String where) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + " is shorter than " + MIN_LENGTH + " characters");
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ',')) {
            throw new IllegalArgumentException(where + " contains a space, comma or control character");
        }
        return token;
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AccessTokens[" + fixed.size() + " given" + (file == null ? "" : ", file " + file) + "]";
    }

    /** The hashes read from the tokens file, with the file's identity and time when they were read. */
    private record FileTokens(List<byte[]> hashes, Object stamp) {

        static final FileTokens NONE = new FileTokens(List.of(), null);

        static FileTokens read(Path file) throws IOException {
            Object stamp = stamp(file);
            List<byte[]> hashes = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    hashes.add(hash(checked(line, "line " + (i + 1) + " of " + file)));
                }
            }
            return new FileTokens(List.copyOf(hashes), stamp);
        }

        /** What changes when the file is edited or replaced; null when it does not exist. */
        static Object stamp(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return List.of(attributes.lastModifiedTime(), attributes.size(),
                        String.valueOf(attributes.fileKey()));
            } catch (IOException e) {
                return null;
            }
        }
    }
}
