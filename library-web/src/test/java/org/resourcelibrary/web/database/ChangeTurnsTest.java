package org.resourcelibrary.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.LibraryUnavailableException;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.indexer.ingest.ChangeLock;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.JobBoard;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.TestLibrary;

/** The librarians' turn shared by web nodes through one database server. */
class ChangeTurnsTest {

    /** Short, so that a turn not had is seen at once; long enough for the database to answer under load. */
    private static final Duration SHORT_WAIT = Duration.ofMillis(300);
    /** The fields each node's librarian edits in the race, all at once. */
    private static final List<MetadataField> ONE_NODES_FIELDS = List.of(MetadataField.TITLE, MetadataField.SUMMARY,
            MetadataField.KEYWORDS);
    private static final List<MetadataField> OTHER_NODES_FIELDS = List.of(MetadataField.AUTHORS,
            MetadataField.ORGANIZATION, MetadataField.FUNDER);

    @TempDir
    Path dir;

    private SharedDatabase database;

    @BeforeEach
    void startServer() throws Exception {
        database = SharedDatabase.start(dir.resolve("database"));
    }

    @AfterEach
    void stopServer() {
        database.close();
    }

    @Test
    void aTurnHeldThroughOneNodeIsNotHadThroughTheOther() throws Exception {
        ChangeTurns one = ChangeTurns.in(database.node(), ChangeTurns.WAIT);
        ChangeTurns other = ChangeTurns.in(database.node(), SHORT_WAIT);

        try (ChangeLock.Turn held = one.take()) {
            assertThatThrownBy(other::take).isInstanceOf(LibraryUnavailableException.class)
                    .hasMessageContaining("another web node");
        }
    }

    @Test
    void aTurnGivenBackThroughOneNodeIsHadThroughTheOther() throws Exception {
        ChangeTurns one = ChangeTurns.in(database.node(), ChangeTurns.WAIT);
        ChangeTurns other = ChangeTurns.in(database.node(), SHORT_WAIT);
        one.take().close();

        try (ChangeLock.Turn turn = other.take()) {
            assertThat(turn).isNotNull();
        }
    }

    @Test
    void editsOfOneDocumentThroughTwoNodesAtOnceAreAllKept() throws Exception {
        try (TestLibrary library = TestLibrary.create(dir);
             Librarian one = librarian(library); Librarian other = librarian(library)) {
            ExecutorService editors = Executors.newFixedThreadPool(ONE_NODES_FIELDS.size()
                    + OTHER_NODES_FIELDS.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> edits = new ArrayList<>();
            ONE_NODES_FIELDS.forEach(field -> edits.add(editors.submit(edit(one, start, field))));
            OTHER_NODES_FIELDS.forEach(field -> edits.add(editors.submit(edit(other, start, field))));
            start.countDown();
            for (Future<?> edit : edits) {
                edit.get(ChangeTurns.WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            editors.shutdown();

            Resource edited = library.library().get(TestLibrary.TOOLKIT).orElseThrow();
            Stream.concat(ONE_NODES_FIELDS.stream(), OTHER_NODES_FIELDS.stream()).forEach(field ->
                    assertThat(String.valueOf(edited.metadata().get(field))).as(field.key()).contains(value(field)));
        }
    }

    /** A librarian of its own, as a web node has, on the library every node serves. */
    private Librarian librarian(TestLibrary library) throws Exception {
        return new Librarian(library.library(), library.data(), IngestSettings.defaults(), JobBoard.inMemory(),
                ChangeTurns.in(database.node(), ChangeTurns.WAIT));
    }

    /**
     * Sets one field, as a librarian's edit does: the document is read, the field changed, the whole written.
     * Two such edits not made one after the other write over each other's field.
     */
    private static Callable<Resource> edit(Librarian librarian, CountDownLatch start, MetadataField field) {
        return () -> {
            start.await();
            return librarian.edit(TestLibrary.TOOLKIT, Map.of(field.key(), value(field))).orElseThrow();
        };
    }

    private static String value(MetadataField field) {
        return "edited " + field.key();
    }
}
