package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Expands a zip given to ingest into its member files, each to become its own resource; zips inside it
 * (by name and signature) are expanded in turn. Bounded by {@link ArchiveLimits} against zip bombs and
 * self-containing zips; member names that would escape the target directory (zip slip: {@code ../},
 * absolute paths) are refused. Every member left out is reported with the reason.
 */
public final class ArchiveUnpacker {

    /** Below this size a member's compression ratio is not checked: small, very regular files are common. */
    static final long RATIO_CHECK_MIN_BYTES = 1024 * 1024;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_SIGNATURE = {'P', 'K', 5, 6};
    private static final String ZIP_SUFFIX = ".zip";
    private static final String CONTENTS_SUFFIX = ".contents";
    /** Names in zips written without the UTF-8 flag are, by the zip specification, in code page 437. */
    private static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private static final int COPY_BUFFER_BYTES = 1 << 16;

    private final ArchiveLimits limits;

    public ArchiveUnpacker(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Whether a file is a zip archive to unpack: named {@code *.zip} with a zip signature (not a .docx). */
    public static boolean isZipArchive(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ZIP_SUFFIX)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_SIGNATURE.length);
            return Arrays.equals(head, ZIP_SIGNATURE) || Arrays.equals(head, EMPTY_ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Unpacks into a new temporary directory. */
    public UnpackedArchive unpack(Path zip) throws IOException {
        return unpack(zip, Files.createTempDirectory("library-unpack-"));
    }

    /**
     * Unpacks into {@code directory}, which must be empty or new.
     *
     * @throws IOException when the zip itself cannot be read (members that cannot be read are skipped)
     */
    public UnpackedArchive unpack(Path zip, Path directory) throws IOException {
        Files.createDirectories(directory);
        Unpacking unpacking = new Unpacking();
        unpacking.expand(zip, "", directory.toAbsolutePath().normalize(), 1);
        return new UnpackedArchive(directory, unpacking.members, unpacking.skipped);
    }

    /** The state of one unpack: what has been written so far, against the limits. */
    private final class Unpacking {
        private final List<UnpackedArchive.Member> members = new ArrayList<>();
        private final List<UnpackedArchive.Skipped> skipped = new ArrayList<>();
        private long totalBytes;

        void expand(Path zipFile, String prefix, Path target, int depth) throws IOException {
            try (ZipFile zip = open(zipFile)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.isDirectory()) {
                        unpackEntry(zip, entry, prefix, target, depth);
                    }
                }
            }
        }

        private void unpackEntry(ZipFile zip, ZipEntry entry, String prefix, Path target, int depth)
                throws IOException {
            String shown = prefix + entry.getName();
            String safe = safeName(entry.getName());
            Path out = safe == null ? null : target.resolve(safe).normalize();
            if (out == null || !out.startsWith(target) || out.equals(target)) {
                skip(shown, "unsafe path");
                return;
            }
            if (members.size() >= limits.maxMembers()) {
                skip(shown, "member limit of " + limits.maxMembers() + " reached");
                return;
            }
            if (Files.exists(out)) {
                skip(shown, "duplicate name");
                return;
            }
            Files.createDirectories(out.getParent());
            String refused = copy(zip, entry, out);
            if (refused != null) {
                Files.deleteIfExists(out);
                skip(shown, refused);
                return;
            }
            if (isZipArchive(out)) {
                expandNested(out, shown, depth);
            } else {
                members.add(new UnpackedArchive.Member(shown, out));
            }
        }

        private void expandNested(Path nested, String shown, int depth) throws IOException {
            try {
                if (depth >= limits.maxDepth()) {
                    skip(shown, "zip nested deeper than " + limits.maxDepth());
                    return;
                }
                Path contents = nested.resolveSibling(nested.getFileName() + CONTENTS_SUFFIX);
                expand(nested, shown + "/", contents, depth + 1);
            } catch (ZipException e) {
                skip(shown, "corrupt zip: " + e.getMessage());
            } finally {
                Files.deleteIfExists(nested);
            }
        }

        /** Copies one member within the limits; returns why it was refused, or null when written whole. */
        private String copy(ZipFile zip, ZipEntry entry, Path out) throws IOException {
            long allowed = Math.min(limits.maxMemberBytes(), limits.maxTotalBytes() - totalBytes);
            long ratioBound = Math.max(entry.getCompressedSize(), 1) * limits.maxCompressionRatio();
            long written = 0;
            try (InputStream in = zip.getInputStream(entry);
                 OutputStream sink = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[COPY_BUFFER_BYTES];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    written += n;
                    if (written > allowed) {
                        return written > limits.maxMemberBytes()
                                ? "larger than " + limits.maxMemberBytes() + " bytes"
                                : "archive size limit of " + limits.maxTotalBytes() + " bytes reached";
                    }
                    if (written > RATIO_CHECK_MIN_BYTES && written > ratioBound) {
                        return "compression ratio above " + limits.maxCompressionRatio();
                    }
                    sink.write(buffer, 0, n);
                }
            } catch (ZipException e) {
                String message = String.valueOf(e.getMessage());
                return message.contains("encrypted") ? "encrypted" : "corrupt: " + message;
            }
            totalBytes += written;
            return null;
        }

        private void skip(String path, String reason) {
            skipped.add(new UnpackedArchive.Skipped(path, reason));
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // Names that are not valid UTF-8: a legacy zip; read them as its specification says.
            return new ZipFile(zip.toFile(), LEGACY_NAMES);
        }
    }

    /**
     * The member name as a safe relative path, or null when it would leave the target directory: absolute
     * names, drive letters, {@code ..} segments, NUL characters.
     */
    static String safeName(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }
}
