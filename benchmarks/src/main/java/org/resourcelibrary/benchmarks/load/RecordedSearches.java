package org.resourcelibrary.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.web.analytics.AnalyticsSettings;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.Door;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * The real search analytics recording into a real database in a directory of their own, removed on close; their
 * {@link #target} is our searcher in-process with each search recorded as the search page records it: what a
 * search costs with analytics on, beside {@link InProcessTarget} without them.
 */
public final class RecordedSearches implements AutoCloseable {

    public static final String NAME = "library in-process + analytics";

    private final Path data;
    private final LibraryDatabase database;
    private final SearchAnalytics analytics;

    private RecordedSearches(Path data, LibraryDatabase database, SearchAnalytics analytics) {
        this.data = data;
        this.database = database;
        this.analytics = analytics;
    }

    /** Analytics with their writer running, into a new database in a temporary directory. */
    public static RecordedSearches open() throws IOException {
        Path data = Files.createTempDirectory("benchmark-analytics-");
        LibraryDatabase database = null;
        try {
            database = LibraryDatabase.open(data);
            SearchAnalytics analytics = SearchAnalytics.start(AnalyticsSettings.defaults(),
                    new AnalyticsStore(database), Clock.systemUTC());
            return new RecordedSearches(data, database, analytics);
        } catch (SQLException e) {
            if (database != null) {
                database.close();
            }
            delete(data);
            throw new IOException("analytics database in " + data + ": " + e.getMessage(), e);
        }
    }

    /** {@code library} searched in-process, each search recorded. */
    public Target target(LibrarySearch library) {
        return new InProcessTarget(NAME, library, this::record);
    }

    private void record(SearchRequest request, SearchResponse response) {
        analytics.searched(request, response, SearchAnalytics.language(request, response), Door.PAGE);
    }

    /** What became of the searches recorded, for the report: a benchmark that dropped them measured less work. */
    public String recorded() throws InterruptedException {
        analytics.flush();
        return String.format(Locale.ROOT, "analytics: %,d events written, %,d dropped", analytics.written(),
                analytics.dropped());
    }

    @Override
    public void close() {
        analytics.close();
        database.close();
        delete(data);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
