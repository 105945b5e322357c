package org.resourcelibrary.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * What recording adds to a search, in process: the same searches timed alternately without and with recording
 * (the writer running into a real database meanwhile), and the recording call alone. Prints the figures
 * (BENCHMARKS.md keeps them) and holds the bound, at most 1 ms more at p99, on the recording call.
 */
class AnalyticsOverheadTest {

    private static final int ROUNDS = 1000;
    private static final int WARM_UP = 100;
    private static final long BOUND_NANOS = 1_000_000;
    private static final List<String> WORDS = List.of("supervision", "case management", "zambia workforce",
            "volunteers", "protección", "boletim", "assessment of gaps", "xylophone", "", "para professionals");

    @TempDir
    Path dir;

    @Test
    void recordingAddsAtMostOneMillisecondAtP99() throws Exception {
        try (TestLibrary library = TestLibrary.create(dir);
             LibraryDatabase database = LibraryDatabase.open(library.data().root());
             SearchAnalytics analytics = SearchAnalytics.start(AnalyticsSettings.defaults(),
                     new AnalyticsStore(database), Clock.systemUTC())) {
            List<SearchRequest> requests = new ArrayList<>();
            for (int i = 0; i < WORDS.size(); i++) {
                SearchRequest.Builder builder = SearchRequest.builder().query(WORDS.get(i));
                requests.add((i % 3 == 0 ? builder.filter(Dimension.COUNTRY, "KE") : builder).build());
            }
            long[] plain = new long[ROUNDS];
            long[] recorded = new long[ROUNDS];
            long[] call = new long[ROUNDS];
            for (int i = -WARM_UP; i < ROUNDS; i++) {
                SearchRequest request = requests.get(Math.floorMod(i, requests.size()));
                long start = System.nanoTime();
                library.library().search(request);
                long searched = System.nanoTime();
                SearchResponse response = library.library().search(request);
                long before = System.nanoTime();
                analytics.searched(request, response, "en", Door.API);
                long end = System.nanoTime();
                if (i >= 0) {
                    plain[i] = searched - start;
                    recorded[i] = end - searched;
                    call[i] = end - before;
                }
            }
            assertThat(analytics.flush()).isTrue();
            long p99Plain = p99(plain);
            long p99Recorded = p99(recorded);
            long p99Call = p99(call);
            System.out.printf("analytics overhead over %d searches: p99 without %.3f ms, with %.3f ms;"
                    + " the recording call alone p99 %.4f ms, max %.3f ms; %d written, %d dropped%n", ROUNDS,
                    p99Plain / 1e6, p99Recorded / 1e6, p99Call / 1e6, Arrays.stream(call).max().orElse(0) / 1e6,
                    analytics.written(), analytics.dropped());
            // The searches' own p99 moves by more than the bound from run to run on a shared machine: the bound is
            // held on what recording adds to the request thread, the call itself.
            assertThat(p99Call).isLessThan(BOUND_NANOS);
        }
    }

    private static long p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }
}
