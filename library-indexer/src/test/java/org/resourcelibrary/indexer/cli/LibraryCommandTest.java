package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The {@code library} command line: its commands, its output and its exit codes. */
class LibraryCommandTest {

    @TempDir
    static Path shared;
    private static Path data;
    private static Path folder;
    private static Cli ingest;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestAFolder() throws Exception {
        folder = shared.resolve("source");
        write(folder.resolve("zambia-supervision.txt"), "Supportive supervision of social workers in Zambia.");
        write(folder.resolve("kenya-curriculum.txt"), "A training curriculum for para-professionals in Kenya.");
        write(folder.resolve(".hidden"), "not a document");
        data = shared.resolve("data");
        ingest = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1",
                "--report", shared.resolve("report.json").toString());
    }

    @Test
    void helpListsTheCommands() {
        Cli help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("ingest", "search", "eval");
    }

    @Test
    void eachCommandHasItsHelp() {
        for (String command : List.of("ingest", "search", "eval")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: library " + command);
        }
    }

    @Test
    void anUnknownOptionIsBadUsageInOneLine() {
        Cli wrong = Cli.run("ingest", "--no-such-option", folder.toString());

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString().contains("--no-such-option");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingFolderIsBadUsageInOneLine() {
        Cli missing = Cli.run("ingest", dir.resolve("nowhere").toString(), "--data", dir.resolve("d").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("no such file or folder");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void ingestSucceedsAndWritesAReportWithEveryContractField() throws Exception {
        assertThat(ingest.exitCode()).isZero();
        JsonNode report = Json.mapper().readTree(shared.resolve("report.json").toFile());
        for (String field : List.of("files", "indexed", "updated", "unchanged", "duplicates", "removed", "failed",
                "elapsedMs", "items")) {
            assertThat(report.has(field)).as(field).isTrue();
        }
        assertThat(report.get("indexed").asInt()).isEqualTo(2);
        assertThat(report.get("items")).hasSize(3);
        for (JsonNode item : report.get("items")) {
            for (String field : List.of("path", "status", "reason", "id", "mediaType", "chars", "pages", "truncated",
                    "ocr")) {
                assertThat(item.has(field)).as(field).isTrue();
            }
        }
        try (Stream<Path> reports = Files.list(data.resolve("reports"))) {
            assertThat(reports).hasSize(1);
        }
        assertThat(ingest.out()).contains("indexed", "skipped");
    }

    @Test
    void aFatalErrorExitsWithOneAndOneLine() throws Exception {
        try (LuceneLibrary writer = LuceneLibrary.open(data.resolve("index"), Vocabulary.standard())) {
            Cli locked = Cli.run("ingest", folder.toString(), "--data", data.toString());

            assertThat(locked.exitCode()).isEqualTo(1);
            assertThat(locked.errorLines()).singleElement().asString().contains("in use by another process");
        }
    }

    @Test
    void theStackTraceIsPrintedOnlyWithVerbose() throws Exception {
        try (LuceneLibrary writer = LuceneLibrary.open(data.resolve("index"), Vocabulary.standard())) {
            Cli locked = Cli.run("--verbose", "ingest", folder.toString(), "--data", data.toString());

            assertThat(locked.exitCode()).isEqualTo(1);
            assertThat(locked.err()).contains("LibraryLockedException", "\tat ");
        }
    }

    @Test
    void aDryRunChangesNothingNotEvenCreatingTheLibrary() {
        Path fresh = dir.resolve("fresh");

        Cli dry = Cli.run("ingest", folder.toString(), "--data", fresh.toString(), "--dry-run");

        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Dry run");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void manifestProblemsArePrintedWithTheirLines() throws Exception {
        Path manifest = write(dir.resolve("manifest.csv"), "file,countries,type\n"
                + "zambia-supervision.txt,Zambai,Toolkit\nmissing.txt,,\n");

        Cli dry = Cli.run("ingest", folder.toString(), "--data", dir.resolve("d").toString(), "--dry-run",
                "--manifest", manifest.toString());

        assertThat(dry.exitCode()).isZero();
        assertThat(dry.err()).contains("manifest.csv: line 2, countries: unknown country 'Zambai'")
                .contains("manifest.csv: line 3");
    }

    @Test
    void aManifestThatIsNotCsvIsBadUsage() throws Exception {
        Path manifest = write(dir.resolve("manifest.csv"), "title,year\nA,2019\n");

        Cli wrong = Cli.run("ingest", folder.toString(), "--data", dir.resolve("d").toString(), "--manifest",
                manifest.toString());

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString().contains("no 'file' column");
    }

    @Test
    void searchJsonIsWhatTheApiReturns() throws Exception {
        Cli search = Cli.run("search", "supervision", "--country", "ZM", "--data", data.toString(), "--json");

        assertThat(search.exitCode()).isZero();
        JsonNode printed = Json.mapper().readTree(search.out());
        JsonNode expected;
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(data.resolve("index"), Vocabulary.standard())) {
            expected = Json.mapper().valueToTree(library.search(SearchRequest.builder().query("supervision")
                    .filter(Dimension.COUNTRY, "ZM").build()));
        }
        ((ObjectNode) printed).remove("tookMs");
        ((ObjectNode) expected).remove("tookMs");
        assertThat(Json.mapper().writeValueAsString(printed)).isEqualTo(Json.mapper().writeValueAsString(expected));
        assertThat(printed.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void searchWithLangSearchesAsAMemberReadingThatLanguage() throws Exception {
        Cli search = Cli.run("search", "supervision", "--lang", "fr", "--data", data.toString(), "--json");

        assertThat(search.exitCode()).isZero();
        JsonNode language = Json.mapper().readTree(search.out()).get("language");
        assertThat(language.get("code").asText()).isEqualTo("fr");
        assertThat(language.get("source").asText()).isEqualTo("param");
    }

    @Test
    void searchPrintsNumberedHitsWithTheirSnippets() {
        Cli search = Cli.run("search", "curriculum", "--data", data.toString());

        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("1. ").contains("[curriculum]").contains("1 document");
    }

    @Test
    void searchSaysWhenNoDocumentHasAllTheWords() throws Exception {
        Cli search = Cli.run("search", "supervision kenya", "--data", data.toString());
        Cli json = Cli.run("search", "supervision kenya", "--data", data.toString(), "--json");
        Cli strict = Cli.run("search", "supervision kenya", "--match", "all", "--data", data.toString(), "--json");

        assertThat(search.out()).contains("2 documents").contains("No document has all of your words");
        assertThat(Json.mapper().readTree(json.out()).get("relaxed").asBoolean()).isTrue();
        assertThat(Json.mapper().readTree(strict.out()).get("total").asLong()).isZero();
    }

    @Test
    void searchExcludesWordsAfterNot() {
        Cli search = Cli.run("search", "supervision OR curriculum NOT zambia", "--data", data.toString());

        assertThat(search.out()).contains("1 document").contains("[curriculum]").doesNotContain("Zambia");
    }

    @Test
    void searchOfNothingSearchableBrowsesAndSaysSo() throws Exception {
        Cli search = Cli.run("search", "the of", "--data", data.toString());
        Cli json = Cli.run("search", "!@#", "--data", data.toString(), "--json");

        assertThat(search.out()).contains("2 documents").contains("Nothing in \"the of\" could be searched")
                .doesNotContain("Did you mean");
        assertThat(Json.mapper().readTree(json.out()).get("nothingSearchable").asBoolean()).isTrue();
    }

    @Test
    void searchPastTheLastPageSaysWhichIsTheLast() {
        Cli search = Cli.run("search", "--page", "5", "--data", data.toString());

        assertThat(search.out()).contains("2 documents").contains("Page 5 is past the last page")
                .contains("--page 1");
    }

    @Test
    void searchWithAnUnknownMatchIsBadUsage() {
        Cli search = Cli.run("search", "kenya", "--match", "some", "--data", data.toString());

        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(search.err()).contains("match must be one of [auto, all]");
    }

    @Test
    void searchSaysWhatTheThesaurusAdded() {
        Cli search = Cli.run("search", "kenia", "--data", data.toString());

        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("Also searched: ").contains("Kenya").contains("1 document");
    }

    @Test
    void searchWithoutExpansionSearchesOnlyTheWordsAsTyped() {
        Cli search = Cli.run("search", "kenia", "--no-expand", "--data", data.toString());

        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).doesNotContain("Also searched").doesNotContain("1 document");
    }

    @Test
    void searchWithAnUnknownCountryIsBadUsage() {
        Cli search = Cli.run("search", "supervision", "--country", "XX", "--data", data.toString());

        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(search.err().lines()).singleElement().asString().contains("unknown country 'XX'");
    }

    @Test
    void searchWithoutALibraryIsBadUsage() {
        Cli search = Cli.run("search", "supervision", "--data", dir.resolve("none").toString());

        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(search.err()).contains("library ingest");
    }

    @Test
    void evalPrintsOneLinePerMetric() throws Exception {
        Path docs = write(dir.resolve("docs.jsonl"), """
                {"id": "d1", "title": "Supervision", "text": "supportive supervision of social workers"}
                {"id": "d2", "title": "Curriculum", "text": "training curriculum for para professionals"}
                """);
        Path queries = write(dir.resolve("queries.tsv"), "q1\tsupervision\nq2\tcurriculum\n");
        Path qrels = write(dir.resolve("qrels"), "q1 0 d1 1\nq2 0 d2 1\n");

        Cli eval = Cli.run("eval", "--docs", docs.toString(), "--queries", queries.toString(), "--qrels",
                qrels.toString());

        assertThat(eval.exitCode()).isZero();
        assertThat(eval.out().lines()).containsExactly("ndcg@10 1.0000", "map 1.0000", "recall@100 1.0000");
    }

    @Test
    void evalOfQueriesWithTheMemberLanguageReportsEachLanguageAndTheLanguageFigures() throws Exception {
        Path docs = write(dir.resolve("multilingual.jsonl"), """
                {"id": "en1", "title": "Supervision", "text": "supportive supervision of social workers"}
                {"id": "fr1", "title": "Supervision", "text": "la supervision des travailleurs sociaux", "language": "fr"}
                {"id": "en2", "title": "Curriculum", "text": "training curriculum for para professionals"}
                """);
        Path queries = write(dir.resolve("multilingual.tsv"), "q1\tsupervision\ten\nq2\tsupervision\tfr\n");
        Path qrels = write(dir.resolve("multilingual.qrels"), "q1 0 en1 2\nq1 0 fr1 1\nq2 0 fr1 2\nq2 0 en1 1\n");

        Cli eval = Cli.run("eval", "--docs", docs.toString(), "--queries", queries.toString(), "--qrels",
                qrels.toString());

        assertThat(eval.exitCode()).isZero();
        assertThat(eval.out().lines()).containsExactly("ndcg@10 1.0000", "map 1.0000", "recall@100 1.0000",
                "ndcg@10 en 1.0000", "map en 1.0000", "recall@100 en 1.0000",
                "ndcg@10 fr 1.0000", "map fr 1.0000", "recall@100 fr 1.0000",
                "member-language-first 2/2", "other-language-in-20 1.0000 (2/2)");
    }

    @Test
    void evalOfDocumentsAndALibraryAtOnceIsBadUsage() {
        Cli eval = Cli.run("eval", "--docs", "docs.jsonl", "--data", dir.toString(), "--queries", "q", "--qrels", "r");

        assertThat(eval.exitCode()).isEqualTo(2);
    }

    @Test
    void evalOfAMissingFileIsBadUsage() {
        Cli eval = Cli.run("eval", "--docs", dir.resolve("none.jsonl").toString(), "--queries", "q", "--qrels", "r");

        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err().lines()).singleElement().asString().contains("no such file");
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
