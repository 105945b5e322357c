package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;

/**
 * The reports of every ingest run, kept as JSON in the data directory's {@code reports/} folder under a
 * name that sorts by time ({@code ingest-20261129T031500.123Z.json}), for the librarian page to list.
 */
public final class ReportArchive {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("ingest-\\d{8}T\\d{6}\\.\\d{3}Z(-\\d+)?\\.json");
    private static final String PREFIX = "ingest-";
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json = Json.mapper();

    public ReportArchive(DataDirectory data) {
        this.folder = data.reports();
    }

    /** Writes a report (atomically) and returns its name. */
    public synchronized String save(IngestReport report) throws IOException {
        Files.createDirectories(folder);
        String stamp = PREFIX + STAMP.format(report.started());
        String name = stamp + SUFFIX;
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = stamp + "-" + n + SUFFIX;
        }
        Path temp = LeftoverFiles.create(folder, PREFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                json.writerWithDefaultPrettyPrinter().writeValue(out, report);
            }
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return name;
    }

    /**
     * Deletes the half-written reports of runs killed while saving one. Only for a run that holds the
     * library's writer: no other run can be saving a report then.
     *
     * @return how many were deleted
     */
    static int removeLeftovers(DataDirectory data) throws IOException {
        return LeftoverFiles.delete(data.reports(), PREFIX);
    }

    /** Names of the stored reports, newest first. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.reverseOrder());
        return names;
    }

    /** The report of that name, if there is one (names not of this archive's form are never read). */
    public Optional<IngestReport> read(String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(folder.resolve(name).toFile(), IngestReport.class));
    }
}
