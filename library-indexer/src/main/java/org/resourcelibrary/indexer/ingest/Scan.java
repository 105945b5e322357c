package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resourcelibrary.indexer.extract.UnpackedArchive;

/**
 * What a scan of the sources found: the files to ingest, the files left out (as report items), the paths
 * that could not be read (their documents must not be taken for removed), the manifests found in zips, and
 * the unpacked archives, whose
 * temporary copies {@link #close()} deletes.
 */
final class Scan implements AutoCloseable {

    private final List<SourceFile> files = new ArrayList<>();
    private final List<IngestItem> leftOut = new ArrayList<>();
    private final Set<String> unreadableKeyPrefixes = new HashSet<>();
    private final List<UnpackedArchive> archives = new ArrayList<>();
    private final List<ArchiveManifest> manifests = new ArrayList<>();

    /**
     * A {@code manifest.csv} at the top of a zip given to ingest.
     *
     * @param source the files' source
     * @param prefix what the zip's members' paths start with
     * @param path   the manifest's own path, as the report shows it
     * @param file   where it was unpacked
     * @param folder where the zip's members were unpacked, for checking the files it names
     */
    record ArchiveManifest(String source, String prefix, String path, Path file, Path folder) {
    }

    void add(SourceFile file) {
        files.add(file);
    }

    void leaveOut(IngestItem item) {
        leftOut.add(item);
    }

    /** Paths under {@code source} starting with {@code pathPrefix} were not read: keep what the library has. */
    void unreadable(String source, String pathPrefix) {
        unreadableKeyPrefixes.add(source + "!" + pathPrefix);
    }

    void manifest(ArchiveManifest manifest) {
        manifests.add(manifest);
    }

    List<ArchiveManifest> manifests() {
        return List.copyOf(manifests);
    }

    void unpacked(UnpackedArchive archive) {
        archives.add(archive);
    }

    /** The files found, ordered by source and path, so that every run decides the same way. */
    List<SourceFile> files() {
        return files.stream().sorted(Comparator.comparing(SourceFile::source).thenComparing(SourceFile::path))
                .toList();
    }

    List<IngestItem> leftOut() {
        return List.copyOf(leftOut);
    }

    /** Whether a known file's key lies under something this scan could not read. */
    boolean unreadable(String key) {
        for (String prefix : unreadableKeyPrefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return files.size() + leftOut.size();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (UnpackedArchive archive : archives) {
            try {
                archive.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        archives.clear();
        if (first != null) {
            throw first;
        }
    }
}
