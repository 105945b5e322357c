package org.resourcelibrary.reliability.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.reliability.support.SyntheticLibrary;

/**
 * A query that would outrun its time budget answers with what it has found, {@code partial: true}, and
 * frees its thread: the budget (a setting of the library) is lowered to {@value #TINY_BUDGET_MS} ms so that
 * ordinary heavy queries on the generated library exceed it.
 */
class TimeBudgetTest {

    private static final String NAME = "time-budget";
    private static final long TINY_BUDGET_MS = 1;
    private static final int DOCUMENTS = 5_000;
    /** Long questions: every word through every field with typos, then re-ranked by feedback. */
    private static final List<String> HEAVY_QUERIES = List.of(
            "children protection workers supervision training families support",
            "how do social workers manage cases of children in alternative care",
            "national assessment of the social service workforce and its training needs");
    /** Each timing is the median of this many runs. */
    private static final int RUNS = 3;
    private static final int CONCURRENT_CLIENTS = 16;
    private static final int QUERIES_PER_CLIENT = 20;
    /** How long the concurrent clients may take in all, however slow the machine: far past any budget. */
    private static final Duration CLIENTS_DEADLINE = Duration.ofMinutes(2);

    @TempDir
    static Path dir;
    /** The shared library with the default budget, which these queries do not exceed. */
    private static LuceneLibrary unhurried;
    /** A copy with the tiny budget. */
    private static LuceneLibrary hurried;

    @BeforeAll
    static void libraries() throws Exception {
        unhurried = LuceneLibrary.openReadOnly(SyntheticLibrary.index(DOCUMENTS), Vocabulary.standard());
        hurried = SyntheticLibrary.open(SyntheticLibrary.copy(DOCUMENTS, dir.resolve("index")),
                Duration.ofMillis(TINY_BUDGET_MS));
    }

    @AfterAll
    static void close() throws Exception {
        unhurried.close();
        hurried.close();
    }

    @Test
    void aQueryPastItsBudgetAnswersPartialWithWhatItFoundAndSoonerThanInFull() {
        for (String query : HEAVY_QUERIES) {
            SearchRequest request = SearchRequest.of(query);
            Timed full = Timed.median(unhurried, request);
            Timed partial = Timed.median(hurried, request);

            assertThat(full.response().partial()).as("%s, in full", query).isFalse();
            assertThat(partial.response().partial()).as(query).isTrue();
            assertThat(partial.response().total()).isLessThanOrEqualTo(full.response().total());
            assertThat(partial.response().hits()).hasSize((int) Math.min(request.size(), partial.response().total()));
            assertThat(partial.millis()).as("%s: ms past the budget against ms in full", query)
                    .isLessThan(full.millis());
            Figures.print(NAME, "'" + query + "': in full " + full.response().total() + " hits in " + full.millis()
                    + " ms; with a " + TINY_BUDGET_MS + " ms budget partial, " + partial.response().total()
                    + " hits in " + partial.millis() + " ms");
        }
    }

    @Test
    void concurrentQueriesPastTheirBudgetAllReturnAndFreeTheirThreads() throws Exception {
        Random random = Seeds.forTest(NAME);
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int client = 0; client < CONCURRENT_CLIENTS; client++) {
            long seed = random.nextLong();
            results.add(clients.submit(() -> queries(new Random(seed))));
        }
        clients.shutdown();

        assertThat(clients.awaitTermination(CLIENTS_DEADLINE.toSeconds(), TimeUnit.SECONDS))
                .as("every client's queries returned").isTrue();
        long[] millis = new long[CONCURRENT_CLIENTS * QUERIES_PER_CLIENT];
        int i = 0;
        for (Future<long[]> result : results) {
            for (long took : result.get()) {
                millis[i++] = took;
            }
        }
        Arrays.sort(millis);
        Figures.print(NAME, CONCURRENT_CLIENTS + " clients x " + QUERIES_PER_CLIENT + " heavy queries with a "
                + TINY_BUDGET_MS + " ms budget: all partial, all returned in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; per query median " + millis[millis.length / 2]
                + " ms, max " + millis[millis.length - 1] + " ms");
    }

    /** One client's heavy queries: each must come back partial; how long each took. */
    private static long[] queries(Random random) {
        long[] millis = new long[QUERIES_PER_CLIENT];
        for (int q = 0; q < QUERIES_PER_CLIENT; q++) {
            String query = HEAVY_QUERIES.get(random.nextInt(HEAVY_QUERIES.size()));
            Timed timed = Timed.of(hurried, SearchRequest.of(query));
            assertThat(timed.response().partial()).as(query).isTrue();
            millis[q] = timed.millis();
        }
        return millis;
    }

    /** A search's answer and how long it took. */
    private record Timed(SearchResponse response, long millis) {

        static Timed of(LuceneLibrary library, SearchRequest request) {
            long started = System.nanoTime();
            SearchResponse response = library.search(request);
            return new Timed(response, (System.nanoTime() - started) / 1_000_000);
        }

        /** The run of median time among {@value #RUNS}. */
        static Timed median(LuceneLibrary library, SearchRequest request) {
            List<Timed> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                runs.add(of(library, request));
            }
            runs.sort((a, b) -> Long.compare(a.millis(), b.millis()));
            return runs.get(RUNS / 2);
        }
    }
}
