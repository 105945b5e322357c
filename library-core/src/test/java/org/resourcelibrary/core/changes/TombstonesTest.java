package org.resourcelibrary.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.core.model.MetadataField.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;

class TombstonesTest {

    @TempDir
    Path dir;

    private static Resource resource(String id) {
        return Resource.of(id, Metadata.NONE.with(TITLE, "Title").with(SUMMARY, "Summary")
                        .with(COUNTRIES, List.of("ZM")).with(TOPICS, List.of("supervision")).with(TYPE, "report")
                        .with(LANGUAGE, "en").with(YEAR, 2020).with(ORGANIZATION, "Org"))
                .withFile("f.txt", "text/plain", 1, "ab").withTimes(Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aTombstoneKeepsTheFieldsThatDecideSetsAndNothingElse() throws IOException {
        Tombstones tombstones = new Tombstones(dir.resolve(Tombstones.FILE_NAME));
        tombstones.bury(resource("a"), Instant.parse("2026-03-01T10:00:00Z"));

        Change change = tombstones.all().iterator().next();
        assertThat(change.deleted()).isTrue();
        assertThat(change.datestamp()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(change.resource().countries()).containsExactly("ZM");
        assertThat(change.resource().topics()).containsExactly("supervision");
        assertThat(change.resource().type()).isEqualTo("report");
        assertThat(change.resource().language()).isEqualTo("en");
        assertThat(change.resource().title()).isNull();
    }

    @Test
    void theLatestDeletionOfADocumentIsTheOneListed() throws IOException {
        Tombstones tombstones = new Tombstones(dir.resolve(Tombstones.FILE_NAME));
        tombstones.bury(resource("a"), Instant.parse("2026-03-01T10:00:00Z"));
        tombstones.bury(resource("a"), Instant.parse("2026-04-01T10:00:00Z"));

        assertThat(tombstones.all()).singleElement().extracting(Change::datestamp)
                .isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
    }

    @Test
    void aLineTornByACrashIsSkipped() throws IOException {
        Path file = dir.resolve(Tombstones.FILE_NAME);
        Files.writeString(file, "{\"deletedMillis\":17, \"resou", StandardCharsets.UTF_8);
        Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Tombstones tombstones = new Tombstones(file);
        tombstones.bury(resource("b"), Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(tombstones.all()).extracting(Change::id).containsExactly("b");
    }

    @Test
    void noJournalMeansNothingWasDeleted() throws IOException {
        assertThat(new Tombstones(dir.resolve(Tombstones.FILE_NAME)).all()).isEmpty();
    }

    @Test
    void aDeletionAfterALineACrashLeftUnendedIsKept() throws IOException {
        Path file = dir.resolve(Tombstones.FILE_NAME);
        Files.writeString(file, "{\"deletedMillis\":17, \"resou", StandardCharsets.UTF_8);
        Tombstones tombstones = new Tombstones(file);
        tombstones.bury(resource("b"), Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(new Tombstones(file).all()).extracting(Change::id).containsExactly("b");
    }

    @Test
    void deletionsAnotherProcessAppendsAreSeen() throws IOException {
        Path file = dir.resolve(Tombstones.FILE_NAME);
        Tombstones reader = new Tombstones(file);
        assertThat(reader.all()).isEmpty();
        new Tombstones(file).bury(resource("a"), Instant.parse("2026-03-01T10:00:00Z"));
        new Tombstones(file).bury(resource("b"), Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(reader.all()).extracting(Change::id).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aJournalOfManyRedeletionsIsRewrittenWithOneLinePerDocument() throws IOException {
        Path file = dir.resolve(Tombstones.FILE_NAME);
        Tombstones tombstones = new Tombstones(file);
        Tombstones reader = new Tombstones(file);
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < Tombstones.COMPACT_AFTER_LINES; i++) {
            tombstones.bury(resource(i % 2 == 0 ? "a" : "b"), first.plusSeconds(i));
        }
        reader.all();
        tombstones.bury(resource("c"), first.plusSeconds(Tombstones.COMPACT_AFTER_LINES));

        assertThat(Files.readAllLines(file)).hasSizeLessThan(10);
        assertThat(reader.all()).extracting(Change::id, Change::datestamp).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("a", first.plusSeconds(Tombstones.COMPACT_AFTER_LINES - 2)),
                org.assertj.core.groups.Tuple.tuple("b", first.plusSeconds(Tombstones.COMPACT_AFTER_LINES - 1)),
                org.assertj.core.groups.Tuple.tuple("c", first.plusSeconds(Tombstones.COMPACT_AFTER_LINES)));
    }
}
