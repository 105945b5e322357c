package org.resourcelibrary.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.reliability.support.ChildJvm;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.Folders;
import org.resourcelibrary.reliability.support.LibraryState;
import org.resourcelibrary.reliability.support.Seeds;

/**
 * {@code kill -9} of an ingest process at seeded random moments, {@value #TRIALS} times: each time the index
 * opens with only whole, stored documents, and the next run ends with exactly the documents an uninterrupted
 * run ends with: none missing, none twice, no stored file left over.
 *
 * <p>Trials alternate between a first ingest into an empty library and a re-run over a changed folder
 * (files edited, removed, moved, added, copied), so kills land in indexing, rewriting and deleting. A kill
 * moment is drawn from what an uninterrupted run of the same ingest did: after a random number of its
 * commits (seen as they happen), a random time within an average gap between two; or, one time in
 * {@value #BEFORE_FIRST_COMMIT_ONE_IN}, a random time before the first commit (start-up, planning,
 * extraction).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestCrashTest {

    private static final String NAME = "ingest-crash";
    private static final int TRIALS = 10;
    /** One kill in this many, on average, comes before the first commit. */
    private static final int BEFORE_FIRST_COMMIT_ONE_IN = 5;
    /** A trial whose ingest ended before its kill moment is tried again, earlier, at most this many times. */
    private static final int ATTEMPTS = 4;
    /** How long a killed run may take to reach its kill moment, however slow the machine. */
    private static final Duration KILL_DEADLINE = IngestScenario.INGEST_DEADLINE;

    @TempDir
    static Path dir;

    private long[] trialSeeds;
    private IngestScenario firstIngest;
    private IngestScenario rerunOverChanges;
    private final List<String> outcomes = new ArrayList<>();

    @BeforeAll
    void scenarios() throws Exception {
        Random random = Seeds.forTest(NAME);
        trialSeeds = random.longs(TRIALS).toArray();
        TestFolders documents = new TestFolders(random);
        firstIngest = IngestScenario.firstIngest(dir.resolve("first"), documents);
        rerunOverChanges = IngestScenario.rerunOverChanges(dir.resolve("changes"), documents);
        Figures.print(NAME, "uninterrupted runs: first ingest " + firstIngest.run() + ", re-run over changes "
                + rerunOverChanges.run());
    }

    Stream<Integer> trials() {
        return IntStream.range(0, TRIALS).boxed();
    }

    @ParameterizedTest(name = "trial {0}")
    @MethodSource("trials")
    void anIngestKilledAtARandomMomentIsCompletedByTheNextRunWithExactlyTheExpectedDocuments(int trial)
            throws Exception {
        IngestScenario scenario = trial % 2 == 0 ? firstIngest : rerunOverChanges;
        Random random = new Random(trialSeeds[trial]);
        DataDirectory data = new DataDirectory(dir.resolve("trial-" + trial));
        KillMoment killed = killDuringIngest(scenario, data, KillMoment.draw(random, scenario.run()));
        LibraryState afterKill = LibraryState.open(data, scenario.sources());
        assertWhole(afterKill, data, "after the kill");
        Set<String> startOrEnd = new TreeSet<>(scenario.start().live());
        startOrEnd.addAll(scenario.reference().live());
        assertThat(afterKill.live()).as("committed contents are those of the start or the end")
                .isSubsetOf(startOrEnd);

        String rerun = ingest(scenario, data);
        LibraryState after = LibraryState.open(data, scenario.sources());
        assertWhole(after, data, "after the next run");
        assertThat(after.documents()).as(rerun).isEqualTo(scenario.reference().documents());
        assertThat(after.count()).isEqualTo(scenario.reference().count());
        assertThat(after.stored()).as("no stored file left over")
                .isEqualTo(LibraryState.storedFor(data, after.live()));
        assertThat(Folders.list(data.root())).as("no temporary file left over")
                .noneMatch(file -> file.endsWith(".tmp"));
        synchronized (outcomes) {
            outcomes.add(scenario.name() + " killed " + killed + ": " + afterKill.count() + " documents committed");
        }
    }

    @AfterAll
    void figures() {
        Figures.print(NAME, outcomes.size() + "/" + TRIALS + " trials killed and converged: " + outcomes);
    }

    /** Every committed document is whole: listed once, its content once, its original and text stored. */
    private static void assertWhole(LibraryState state, DataDirectory data, String when) {
        assertThat(state.count()).as("%s: every document is under the ingested folder", when)
                .isEqualTo(state.documents().size());
        assertThat(state.paths()).as("%s: no file listed twice", when).doesNotHaveDuplicates();
        assertThat(state.hashes()).as("%s: no content twice", when).doesNotHaveDuplicates();
        assertThat(state.stored()).as("%s: every committed document's original and text are stored", when)
                .containsAll(LibraryState.storedFor(data, state.live()));
    }

    /**
     * Starts the ingest in its own JVM and kills it at the given moment; if it ended before, starts again from
     * the same state and kills it earlier.
     *
     * @return when it was killed
     */
    private static KillMoment killDuringIngest(IngestScenario scenario, DataDirectory data, KillMoment drawn)
            throws Exception {
        KillMoment moment = drawn;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++, moment = moment.earlier()) {
            Folders.delete(data.root());
            Folders.copy(scenario.startData(), data.root());
            try (CommitWatch commits = new CommitWatch(data.index());
                 ChildJvm child = ChildJvm.start(LibraryCommand.class, List.of(),
                         IngestScenario.arguments(scenario.folder(), data))) {
                if (!commits.awaitCommits(moment.afterCommits(), KILL_DEADLINE, child::isAlive)
                        || child.awaitExitWithin(Duration.ofMillis(moment.thenMs()))) {
                    assertThat(child.awaitExit(KILL_DEADLINE)).as("an ingest ended before its kill: %s",
                            child.stderr()).isZero();
                    continue;
                }
                int exit = child.kill();
                if (exit == 0) {
                    // It finished in the instant between the last look and the signal: that was no kill.
                    continue;
                }
                assertThat(exit).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED);
                assertThat(child.orphansAfter(ChildJvm.EXIT_DEADLINE)).as("extraction workers outliving the kill")
                        .isEmpty();
                return moment;
            }
        }
        throw new AssertionError("the ingest ended before every kill moment down to " + moment);
    }

    /**
     * When a trial kills the ingest: once it has made {@code afterCommits} commits, {@code thenMs} later (with
     * no commit to wait for, {@code thenMs} after the start of its JVM).
     */
    private record KillMoment(long afterCommits, long thenMs) {

        static KillMoment draw(Random random, IngestScenario.UninterruptedRun run) {
            if (random.nextInt(BEFORE_FIRST_COMMIT_ONE_IN) == 0) {
                return new KillMoment(0, random.nextLong(Math.max(1, run.firstCommit().toMillis())));
            }
            long gap = (run.took().toMillis() - run.firstCommit().toMillis()) / run.commits();
            return new KillMoment(1 + random.nextLong(run.commits() - 1), random.nextLong(Math.max(1, gap)));
        }

        KillMoment earlier() {
            return afterCommits > 0 ? new KillMoment(afterCommits - 1, thenMs) : new KillMoment(0, thenMs / 2);
        }

        @Override
        public String toString() {
            return afterCommits == 0 ? thenMs + " ms after start" : thenMs + " ms after commit " + afterCommits;
        }
    }

    /** The next run, in this JVM as a librarian would start it; what it printed on stderr. */
    private static String ingest(IngestScenario scenario, DataDirectory data) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LibraryCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(IngestScenario.arguments(scenario.folder(), data).toArray(String[]::new));
        assertThat(code).as("the next run succeeds: %s", err).isZero();
        return err.toString();
    }
}
