package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.extract.TextEncoding;

/** What a librarian does with a manifest that Excel saved as "CSV" (Windows-1252) on a Western Windows. */
class ManifestEncodingCliTest {

    @TempDir
    Path dir;

    @Test
    void aWindows1252ManifestIngestsWithItsAccentsAndSaysWhatWasAssumed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        Files.writeString(folder.resolve("guia.txt"), "Supervisión de trabajadores sociales en Mozambique.");
        Path manifest = Files.write(dir.resolve("manifest.csv"), ("file;title;countries;organization\r\n"
                + "guia.txt;Guía de supervisión – São Tomé;Mozambique;Ministério da Ação Social\r\n")
                .getBytes(TextEncoding.WINDOWS_1252));
        Path data = dir.resolve("data");

        Cli ingest = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1",
                "--manifest", manifest.toString());

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.errorLines()).contains("manifest.csv: line 1: not UTF-8, read as Windows-1252 (as Excel "
                + "saves \"CSV\"); if accented letters come out wrong, save the sheet as \"CSV UTF-8\"");
        Cli search = Cli.run("search", "supervisión", "--data", data.toString(), "--json");
        JsonNode hit = Json.mapper().readTree(search.out()).get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("Guía de supervisión – São Tomé");
        assertThat(hit.get("organization").asText()).isEqualTo("Ministério da Ação Social");
    }

    @Test
    void aManifestThatIsNotTextIsBadUsageInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        Files.writeString(folder.resolve("guia.txt"), "Supervisión.");
        Path manifest = Files.write(dir.resolve("manifest.xlsx"),
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, (byte) 0xFF});

        Cli ingest = Cli.run("ingest", folder.toString(), "--data", dir.resolve("data").toString(),
                "--manifest", manifest.toString());

        assertThat(ingest.exitCode()).isEqualTo(2);
        assertThat(ingest.err().lines()).singleElement().asString()
                .startsWith("library ingest: ").contains("manifest.xlsx: not a text file");
    }
}
