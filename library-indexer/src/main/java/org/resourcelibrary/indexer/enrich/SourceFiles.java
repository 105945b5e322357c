package org.resourcelibrary.indexer.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files under the ingest roots (folders or zip files), looked up by path relative to a root: exactly,
 * or else ignoring case (spreadsheets are often typed on one system for files on another). Listings are read
 * on first need. Not thread-safe: one per manifest check.
 */
final class SourceFiles {

    private final List<Path> roots;
    /** Lower-cased relative path → the path as it is, over all roots; built on the first inexact lookup. */
    private Map<String, String> byLowerCase;
    /** Entries of the zip roots, read once. */
    private Set<String> zipEntries;

    SourceFiles(Collection<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The path of the file as it is under a root, matched exactly or else ignoring case. */
    Optional<String> find(String relativePath) throws IOException {
        for (Path root : roots) {
            if (isZip(root) ? zipEntries().contains(relativePath) : isFileUnder(root, relativePath)) {
                return Optional.of(relativePath);
            }
        }
        return Optional.ofNullable(byLowerCase().get(relativePath.toLowerCase(Locale.ROOT)));
    }

    private static boolean isFileUnder(Path root, String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        return file.startsWith(root.normalize()) && Files.isRegularFile(file);
    }

    private static boolean isZip(Path root) {
        return Files.isRegularFile(root) && root.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private Set<String> zipEntries() throws IOException {
        if (zipEntries == null) {
            zipEntries = new HashSet<>();
            for (Path root : roots) {
                if (isZip(root)) {
                    try (ZipFile zip = new ZipFile(root.toFile())) {
                        zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName)
                                .map(Manifest::normalize).forEach(zipEntries::add);
                    }
                }
            }
        }
        return zipEntries;
    }

    private Map<String, String> byLowerCase() throws IOException {
        if (byLowerCase == null) {
            byLowerCase = new HashMap<>();
            List<String> all = new ArrayList<>(zipEntries());
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(Files::isRegularFile)
                                .forEach(file -> all.add(Manifest.normalize(root.relativize(file).toString())));
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
            }
            all.forEach(path -> byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path));
        }
        return byLowerCase;
    }
}
