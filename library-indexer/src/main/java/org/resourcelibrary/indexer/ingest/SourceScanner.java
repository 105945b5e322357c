package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.resourcelibrary.indexer.extract.ArchiveUnpacker;
import org.resourcelibrary.indexer.extract.FailureReason;
import org.resourcelibrary.indexer.extract.UnpackedArchive;

/**
 * Finds the input files under the ingest roots: walks folders (without following links to folders), unpacks
 * zip files (given, or found in a folder) into their members, and leaves out hidden and system files and
 * the manifest (the one given, or a {@code manifest.csv} at the top of a zip given), saying so.
 */
final class SourceScanner {

    static final String HIDDEN = "hidden file";
    static final String HIDDEN_FOLDER = "hidden folder";
    static final String SYSTEM = "system file";
    static final String LOCK = "office lock file";
    static final String MANIFEST = "manifest";
    /** A zip's member of this name (any case), at its top, is the zip's manifest. */
    static final String ARCHIVE_MANIFEST_NAME = "manifest.csv";
    static final String NOT_A_FILE = "not a regular file";
    static final String LINKED_FOLDER = "link to a folder, not followed";
    /** Files that operating systems and office suites leave in folders. */
    private static final Set<String> SYSTEM_NAMES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini", "__macosx",
            "$recycle.bin", "system volume information");
    private static final String LOCK_PREFIX = "~$";
    private static final String ENCRYPTED = "encrypted";
    private static final String CORRUPT = "corrupt";

    private final ArchiveUnpacker unpacker;
    private final Path manifest;

    /** @param manifest the manifest file, left out when found under a root; or null */
    SourceScanner(ArchiveUnpacker unpacker, Path manifest) {
        this.unpacker = unpacker;
        this.manifest = manifest == null ? null : manifest.toAbsolutePath().normalize();
    }

    /** Scans every root. The caller closes the scan (it holds unpacked archives). */
    Scan scan(List<SourceRoot> roots) throws IOException {
        Scan scan = new Scan();
        try {
            for (SourceRoot root : roots) {
                switch (root.kind()) {
                    case FOLDER -> walk(root, scan);
                    case ARCHIVE -> archive(root, root.path(), root.prefix(), scan);
                    case FILE -> file(root, root.path(), root.prefix() + root.path().getFileName(),
                            Files.readAttributes(root.path(), BasicFileAttributes.class), scan);
                }
            }
            return scan;
        } catch (IOException | RuntimeException e) {
            scan.close();
            throw e;
        }
    }

    /** Why a file or folder of this name is left out, or null when it is not. */
    static String leftOutBecause(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SYSTEM_NAMES.contains(lower)) {
            return SYSTEM;
        }
        if (name.startsWith(LOCK_PREFIX)) {
            return LOCK;
        }
        return name.startsWith(".") ? HIDDEN : null;
    }

    private void walk(SourceRoot root, Scan scan) throws IOException {
        Path top = root.path();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(top)) {
                    return FileVisitResult.CONTINUE;
                }
                String because = leftOutBecause(dir.getFileName().toString());
                if (because != null) {
                    scan.leaveOut(IngestItem.skipped(root.source(), relative(root, dir) + "/",
                            because.equals(HIDDEN) ? HIDDEN_FOLDER : because));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) throws IOException {
                file(root, path, relative(root, path), attrs, scan);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                String relative = relative(root, path);
                scan.leaveOut(IngestItem.failed(root.source(), relative, FailureReason.UNREADABLE.code(),
                        e.getMessage()));
                scan.unreadable(root.source(), relative);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void file(SourceRoot root, Path path, String relative, BasicFileAttributes attrs, Scan scan)
            throws IOException {
        String because = leftOutBecause(path.getFileName().toString());
        if (manifest != null && path.toAbsolutePath().normalize().equals(manifest)) {
            because = MANIFEST;
        } else if (attrs.isSymbolicLink()) {
            because = Files.isRegularFile(path) ? because : Files.isDirectory(path) ? LINKED_FOLDER : NOT_A_FILE;
            attrs = because == null ? Files.readAttributes(path, BasicFileAttributes.class) : attrs;
        } else if (!attrs.isRegularFile()) {
            because = NOT_A_FILE;
        }
        if (because != null) {
            scan.leaveOut(IngestItem.skipped(root.source(), relative, because));
        } else if (ArchiveUnpacker.isZipArchive(path)) {
            archive(root, path, relative + SourceFile.ARCHIVE_SEPARATOR, scan);
        } else {
            scan.add(new SourceFile(root.source(), relative, path, attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
    }

    /** Unpacks a zip; its members' paths start with {@code prefix} and carry the zip's modification time. */
    private void archive(SourceRoot root, Path zip, String prefix, Scan scan) throws IOException {
        long modified = Files.getLastModifiedTime(zip).toMillis();
        UnpackedArchive unpacked;
        try {
            unpacked = unpacker.unpack(zip);
        } catch (IOException e) {
            String shown = prefix.endsWith(SourceFile.ARCHIVE_SEPARATOR)
                    ? prefix.substring(0, prefix.length() - SourceFile.ARCHIVE_SEPARATOR.length())
                    : zip.getFileName().toString();
            scan.leaveOut(IngestItem.failed(root.source(), shown, CORRUPT, "not a readable zip: " + e.getMessage()));
            scan.unreadable(root.source(), prefix);
            return;
        }
        scan.unpacked(unpacked);
        boolean given = root.kind() == SourceRoot.Kind.ARCHIVE && zip.equals(root.path());
        for (UnpackedArchive.Member member : unpacked.members()) {
            String path = prefix + member.path();
            String because = memberLeftOutBecause(member.path());
            if (given && member.path().equalsIgnoreCase(ARCHIVE_MANIFEST_NAME)) {
                scan.leaveOut(IngestItem.skipped(root.source(), path, MANIFEST));
                scan.manifest(new Scan.ArchiveManifest(root.source(), prefix, path, member.file(),
                        unpacked.directory()));
            } else if (because != null) {
                scan.leaveOut(IngestItem.skipped(root.source(), path, because));
            } else {
                scan.add(new SourceFile(root.source(), path, member.file(), Files.size(member.file()), modified));
            }
        }
        for (UnpackedArchive.Skipped skipped : unpacked.skipped()) {
            String path = prefix + skipped.path();
            String reason = skipped.reason();
            if (reason.equals(ENCRYPTED) || reason.startsWith(CORRUPT)) {
                String code = reason.equals(ENCRYPTED) ? ENCRYPTED : CORRUPT;
                scan.leaveOut(IngestItem.failed(root.source(), path, code, reason.equals(code) ? null : reason));
            } else {
                scan.leaveOut(IngestItem.skipped(root.source(), path, reason));
            }
        }
    }

    private static String memberLeftOutBecause(String memberPath) {
        for (String segment : memberPath.split("/")) {
            String because = leftOutBecause(segment);
            if (because != null) {
                return because;
            }
        }
        return null;
    }

    private static String relative(SourceRoot root, Path path) {
        StringJoiner joined = new StringJoiner("/", root.prefix(), "");
        root.path().relativize(path).forEach(name -> joined.add(name.toString()));
        return joined.toString();
    }
}
