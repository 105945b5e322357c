package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;

/** An ingest report proposes the editions it infers, and groups nothing itself. */
class EditionReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportProposesATranslationAndTheSearchStillShowsBothDocuments() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        Files.writeString(folder.resolve("supervision-en.txt"), "Supportive supervision in Zambia\n"
                + "In 2019 Lusaka had 1,200 supervisors for 9,000 social workers.");
        Files.writeString(folder.resolve("supervision-fr.txt"), "La supervision formative en Zambie\n"
                + "En 2019 Lusaka comptait 1 200 superviseurs pour 9 000 travailleurs sociaux.");
        Files.writeString(folder.resolve("budget-fr.txt"), "Rapport budgétaire\n"
                + "Le ministère a dépensé 4 500 000 kwacha en 2018 à Chipata.");
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "file,title,language,year,organization\n"
                + "supervision-en.txt,Supportive supervision in Zambia,en,2019,Ministry of Community Development\n"
                + "supervision-fr.txt,La supervision formative en Zambie,fr,2020,Ministry of Community Development\n"
                + "budget-fr.txt,Rapport budgétaire,fr,2019,Ministry of Community Development\n");
        Path data = dir.resolve("data");
        Path report = dir.resolve("report.json");

        Cli ingest = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1",
                "--manifest", manifest.toString(), "--report", report.toString());

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        JsonNode proposals = Json.mapper().readTree(report.toFile()).get("editionProposals");
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(proposals.get(0).get("titles").toString()).contains("Supportive supervision in Zambia",
                "La supervision formative en Zambie");
        Cli search = Cli.run("search", "Lusaka", "--data", data.toString(), "--json");
        assertThat(Json.mapper().readTree(search.out()).get("works").asInt()).isEqualTo(2);
    }
}
