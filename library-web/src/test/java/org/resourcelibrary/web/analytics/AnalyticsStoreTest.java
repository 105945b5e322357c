package org.resourcelibrary.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Searched;
import org.resourcelibrary.web.database.LibraryDatabase;

/** The daily counts in a database several web nodes' writers share. */
class AnalyticsStoreTest {

    /** Days on which both writers count the same search at the same moment. */
    private static final int DAYS = 40;
    private static final Instant FIRST_DAY = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoWritersCountingTheSameSearchOnANewDayAtOnceLoseNeitherCount() throws Exception {
        try (LibraryDatabase database = LibraryDatabase.open(dir)) {
            List<AnalyticsStore> writers = List.of(new AnalyticsStore(database), new AnalyticsStore(database));
            CyclicBarrier together = new CyclicBarrier(writers.size());
            ExecutorService nodes = Executors.newFixedThreadPool(writers.size());
            try {
                List<Future<Object>> written = writers.stream().map(writer -> nodes.submit(() -> {
                    for (int day = 0; day < DAYS; day++) {
                        together.await();
                        writer.write(List.of(new Searched(FIRST_DAY.plus(day, ChronoUnit.DAYS),
                                SearchRequest.builder().query("supervision").build(), "en", 3, Door.API)));
                    }
                    return null;
                })).toList();
                for (Future<Object> writing : written) {
                    writing.get();
                }
            } finally {
                nodes.shutdownNow();
            }

            LocalDate first = LocalDate.ofInstant(FIRST_DAY, ZoneOffset.UTC);
            assertThat(writers.get(0).counts(first, first.plusDays(DAYS - 1), null)).singleElement()
                    .satisfies(counts -> assertThat(counts.searches()).isEqualTo(2L * DAYS));
        }
    }
}
