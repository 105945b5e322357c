package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;

/** The funder, from a manifest's column to the CLI's {@code --funder} filter, which its definition provides. */
class FunderCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFunderFromTheManifestIsFilteredByTheSearchCommandsOption() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        Files.writeString(folder.resolve("zambia.txt"), "Supportive supervision of social workers in Zambia.");
        Files.writeString(folder.resolve("kenya.txt"), "Supportive supervision of para-professionals in Kenya.");
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "file,funder\nzambia.txt,Oak Trust\n");
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1",
                "--manifest", manifest.toString(), "--report", dir.resolve("report.json").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        Cli search = Cli.run("search", "supervision", "--funder", "Oak Trust", "--data", data.toString(), "--json");

        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode printed = Json.mapper().readTree(search.out());
        assertThat(printed.get("total").asInt()).isEqualTo(1);
        assertThat(printed.get("hits").get(0).get("fileName").asText()).isEqualTo("zambia.txt");
        assertThat(printed.get("facets").get("funder").get(0).get("value").asText()).isEqualTo("Oak Trust");
    }

    @Test
    void theSearchCommandsHelpOffersAFilterPerDimension() {
        Cli help = Cli.run("search", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--funder", "--organization", "--country", "--region", "--topic");
    }
}
