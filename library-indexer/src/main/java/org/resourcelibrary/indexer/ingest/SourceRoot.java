package org.resourcelibrary.indexer.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.indexer.extract.ArchiveUnpacker;

/**
 * Something to ingest: a folder (walked recursively), a zip file (unpacked) or a single file.
 *
 * @param path          the folder or file on disk
 * @param kind          how it is read
 * @param source        what the library records as the files' {@link SourceRef#source()}
 * @param prefix        put before every path found under it (an uploaded zip's members read
 *                      {@code name.zip!/member})
 * @param removeMissing whether documents whose paths under this root have disappeared are removed (a
 *                      folder or zip read in full); never for uploads, which only add
 */
public record SourceRoot(Path path, Kind kind, String source, String prefix, boolean removeMissing) {

    /** How a root is read. */
    public enum Kind { FOLDER, ARCHIVE, FILE }

    public SourceRoot {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        prefix = prefix == null ? "" : prefix;
    }

    /**
     * A folder, zip file or single file given to {@code ingest}. A folder or zip is its own source; a single
     * file is recorded under its folder, as a scan of that folder would record it, and removes nothing.
     */
    public static SourceRoot of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return new SourceRoot(absolute, Kind.FOLDER, absolute.toString(), "", true);
        }
        if (ArchiveUnpacker.isZipArchive(absolute)) {
            return new SourceRoot(absolute, Kind.ARCHIVE, absolute.toString(), "", true);
        }
        Path folder = absolute.getParent();
        return new SourceRoot(absolute, Kind.FILE, folder == null ? absolute.toString() : folder.toString(), "",
                false);
    }

    /** A zip file uploaded as {@code name}: its members are recorded as {@code name!/member} uploads. */
    public static SourceRoot uploadedArchive(Path zip, String name) {
        return new SourceRoot(zip.toAbsolutePath().normalize(), Kind.ARCHIVE, SourceRef.UPLOAD,
                name + SourceFile.ARCHIVE_SEPARATOR, false);
    }
}
