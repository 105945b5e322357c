package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.ManifestException;
import org.resourcelibrary.indexer.enrich.ManifestProblem;
import org.resourcelibrary.indexer.enrich.ManifestRow;
import org.resourcelibrary.indexer.enrich.MetadataForm;

/**
 * Finds a file's manifest row: in the run's manifest, by the file's path relative to the ingest root or for
 * a zip member by its path inside the zip (a manifest written for the zip's contents); or, when the run was
 * given none, in the {@code manifest.csv} at the top of the zip the file came from.
 */
final class ManifestLookup {

    static final ManifestLookup NONE = new ManifestLookup(null);

    private final Manifest manifest;
    private final List<InArchive> inArchives;
    private final List<String> problems;

    /** A manifest found in a zip: it describes the files whose paths start with {@code prefix}. */
    private record InArchive(String source, String prefix, Manifest manifest) {
    }

    /** @param manifest the manifest, or null when the run has none */
    ManifestLookup(Manifest manifest) {
        this(manifest, List.of(), problems(manifest));
    }

    private ManifestLookup(Manifest manifest, List<InArchive> inArchives, List<String> problems) {
        this.manifest = manifest;
        this.inArchives = List.copyOf(inArchives);
        this.problems = List.copyOf(problems);
    }

    /**
     * The run's manifest when it was given one (it wins, and the zips' own are said to be unused), else the
     * manifests found at the top of its zips. A found manifest that cannot be read is a problem of the run,
     * and its zip's files go without.
     */
    static ManifestLookup of(Manifest given, List<Scan.ArchiveManifest> found, MetadataForm form)
            throws IOException {
        if (given != null || found.isEmpty()) {
            List<String> problems = new ArrayList<>(problems(given));
            found.forEach(archive -> problems.add(archive.path() + ": not used: the manifest given for the run wins"));
            return new ManifestLookup(given, List.of(), problems);
        }
        List<InArchive> inArchives = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Scan.ArchiveManifest archive : found) {
            try {
                Manifest read = Manifest.read(archive.file(), List.of(archive.folder()), form);
                inArchives.add(new InArchive(archive.source(), archive.prefix(), read));
                read.problems().forEach(problem -> problems.add(archive.path() + ": " + problem));
            } catch (ManifestException e) {
                problems.add(archive.path() + ": not used: " + e.getMessage());
            }
        }
        return new ManifestLookup(null, inArchives, problems);
    }

    private static List<String> problems(Manifest manifest) {
        return manifest == null ? List.of() : manifest.problems().stream().map(ManifestProblem::toString).toList();
    }

    Optional<ManifestRow> row(SourceFile file) {
        String path = file.path();
        if (manifest != null) {
            Optional<ManifestRow> row = manifest.row(path);
            int member = path.lastIndexOf(SourceFile.ARCHIVE_SEPARATOR);
            return row.isPresent() || member < 0 ? row
                    : manifest.row(path.substring(member + SourceFile.ARCHIVE_SEPARATOR.length()));
        }
        for (InArchive archive : inArchives) {
            if (file.source().equals(archive.source()) && path.startsWith(archive.prefix())) {
                return archive.manifest().row(path.substring(archive.prefix().length()));
            }
        }
        return Optional.empty();
    }

    /** The publishers the manifests name. */
    Set<String> organizations() {
        Set<String> names = new LinkedHashSet<>(manifest == null ? Set.of() : manifest.organizations());
        inArchives.forEach(archive -> names.addAll(archive.manifest().organizations()));
        return names;
    }

    /** The manifests' problems, each naming its line (and, for one found in a zip, that manifest). */
    List<String> problems() {
        return problems;
    }
}
