package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;

/** Editions grouped by the manifest's work column, as the search command shows and counts them. */
class WorkCommandTest {

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void ingest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        Files.writeString(folder.resolve("toolkit-en.txt"), "Supervision toolkit for social workers in Zambia.");
        Files.writeString(folder.resolve("toolkit-fr.txt"),
                "Boîte à outils de supervision pour les travailleurs sociaux en Zambie.");
        Files.writeString(folder.resolve("notes.txt"), "Supervision notes from Kenya.");
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "file,language,work\n"
                + "toolkit-en.txt,en,supervision-toolkit\ntoolkit-fr.txt,fr,supervision-toolkit\nnotes.txt,en,\n");
        data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1",
                "--manifest", manifest.toString(), "--report", dir.resolve("report.json").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void theSearchCommandCountsWorksInDocumentsAndListsTheOtherEdition() {
        Cli search = Cli.run("search", "supervision", "--data", data.toString());

        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("\"supervision\": 2 works in 3 documents, showing 1–2");
        assertThat(search.out()).containsPattern("also in: (French|English) \\(");
        assertThat(search.out()).contains("Facet counts are documents: every edition of a work counts.");
    }

    @Test
    void aSearchWithoutEditionsSaysNothingOfWorks() {
        Cli search = Cli.run("search", "kenya", "--data", data.toString());

        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("\"kenya\": 1 document").doesNotContain("work");
    }

    @Test
    void theJsonSaysHowManyWorksAndEditions() throws Exception {
        Cli search = Cli.run("search", "supervision", "--data", data.toString(), "--json");

        JsonNode printed = Json.mapper().readTree(search.out());
        assertThat(printed.get("total").asInt()).isEqualTo(3);
        assertThat(printed.get("works").asInt()).isEqualTo(2);
        assertThat(printed.get("hits")).hasSize(2);
    }
}
