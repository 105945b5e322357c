package org.resourcelibrary.indexer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

/** The evidence files, kept in memory between reads and read again when another store or process changed them. */
class EvidenceStoreTest {

    private static final String DOCUMENT = "zambia-checklist";

    @TempDir
    Path dir;

    private static List<InferredValue> country(String code) {
        return List.of(new InferredValue(MetadataField.COUNTRIES, code, Strength.WEAK, 1,
                List.of(new Clue("Zambia", Clue.FIRST_PAGE, 1))));
    }

    @Test
    void aFileAnotherStoreReplacedIsReadAnew() throws Exception {
        EvidenceStore writer = new EvidenceStore(new DataDirectory(dir));
        EvidenceStore reader = new EvidenceStore(new DataDirectory(dir));
        writer.save(DOCUMENT, country("ZM"));
        assertThat(reader.all()).containsEntry(DOCUMENT, country("ZM"));

        writer.save(DOCUMENT, country("MW"));

        assertThat(reader.all()).containsEntry(DOCUMENT, country("MW"));
        assertThat(reader.read(DOCUMENT)).isEqualTo(country("MW"));
    }

    @Test
    void aFileAnotherStoreDeletedIsGone() throws Exception {
        EvidenceStore writer = new EvidenceStore(new DataDirectory(dir));
        EvidenceStore reader = new EvidenceStore(new DataDirectory(dir));
        writer.save(DOCUMENT, country("ZM"));
        assertThat(reader.all()).containsKey(DOCUMENT);

        writer.forget(DOCUMENT);

        assertThat(reader.all()).isEmpty();
        assertThat(reader.read(DOCUMENT)).isEmpty();
    }

    @Test
    void aFileUnchangedOnDiskIsNotParsedAgain() throws Exception {
        EvidenceStore store = new EvidenceStore(new DataDirectory(dir));
        store.save(DOCUMENT, country("ZM"));
        assertThat(store.all()).containsEntry(DOCUMENT, country("ZM"));
        Path file = dir.resolve(EvidenceStore.FOLDER).resolve(DOCUMENT + ".json");
        FileTime modified = Files.getLastModifiedTime(file);
        // The same file, the same size and time, other words: only a store that parsed it again would see them.
        String changed = Files.readString(file, StandardCharsets.UTF_8).replace("\"ZM\"", "\"MW\"");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);

        assertThat(store.all()).containsEntry(DOCUMENT, country("ZM"));
    }

    @Test
    void evidenceMovesWithItsDocument() throws Exception {
        EvidenceStore store = new EvidenceStore(new DataDirectory(dir));
        store.save(DOCUMENT, country("ZM"));

        store.move(DOCUMENT, "zambia-checklist-2");

        assertThat(store.all()).containsOnlyKeys("zambia-checklist-2");
        assertThat(store.read("zambia-checklist-2")).isEqualTo(country("ZM"));
    }

    @Test
    void theHalfWrittenFileOfAKilledSaveIsRemovedAndTheEvidenceKept() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        new EvidenceStore(data).save(DOCUMENT, country("ZM"));
        Path folder = dir.resolve(EvidenceStore.FOLDER);
        Files.writeString(folder.resolve("evidence-7573105210636271594.tmp"), "[{\"fie", StandardCharsets.UTF_8);

        assertThat(EvidenceStore.removeLeftovers(data)).isEqualTo(1);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(DOCUMENT + ".json");
        }
        assertThat(new EvidenceStore(data).read(DOCUMENT)).isEqualTo(country("ZM"));
    }
}
