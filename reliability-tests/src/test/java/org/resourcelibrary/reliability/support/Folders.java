package org.resourcelibrary.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.resourcelibrary.core.store.BlobStore;

/** Copies and listings of folders (a data directory's state, the files a test wrote). */
public final class Folders {

    private Folders() {
    }

    /** Copies {@code from} (which may not exist: then {@code to} is created empty) to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The SHA-256 of every file under {@code root}, by path relative to it: to tell whether anything changed. */
    public static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String entry : list(root)) {
            Path path = root.resolve(entry);
            contents.put(entry, Files.isDirectory(path) ? "folder" : BlobStore.sha256(path));
        }
        return contents;
    }

    /** Every file and folder under {@code root}, relative to it, with {@code /} separators. */
    public static Set<String> list(Path root) throws IOException {
        Set<String> entries = new TreeSet<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root))
                    .forEach(path -> entries.add(root.relativize(path).toString().replace('\\', '/')));
        }
        return entries;
    }
}
