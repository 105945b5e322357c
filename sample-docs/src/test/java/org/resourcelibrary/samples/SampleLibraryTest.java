package org.resourcelibrary.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class SampleLibraryTest {

    @TempDir
    Path module;
    private LibraryLayout layout;

    @BeforeEach
    void copyFixtures() throws IOException {
        layout = LibraryLayout.of(module);
        Files.createDirectories(layout.content());
        try (Stream<Path> sources = Files.list(Fixtures.sources())) {
            for (Path source : sources.toList()) {
                Files.copy(source, layout.content().resolve(source.getFileName()));
            }
        }
    }

    private GenerationReport generate() throws IOException {
        return new SampleLibrary(Vocabulary.standard()).generate(layout);
    }

    @Test
    void writesOneFilePerSourceWithItsExtension() throws IOException {
        GenerationReport report = generate();

        assertThat(report.failures()).isEmpty();
        assertThat(report.written()).containsExactly("evaluation-pdf.pdf", "evaluation-scan.pdf",
                "evaluation-docx.docx", "evaluation-rtf.rtf", "evaluation-slides.pptx", "evaluation-sheet.xlsx",
                "evaluation-odt.odt", "evaluation-html.html", "evaluation-txt.txt");
        for (String file : report.written()) {
            assertThat(layout.library().resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void manifestHasOnlyManifestDocumentsInFileOrder() throws IOException {
        generate();

        assertThat(Fixtures.csv(layout.manifest())).extracting(r -> r.get("file")).containsExactly("evaluation-docx.docx",
                "evaluation-html.html", "evaluation-pdf.pdf", "evaluation-rtf.rtf", "evaluation-sheet.xlsx",
                "evaluation-slides.pptx", "evaluation-txt.txt");
        assertThat(Fixtures.csv(layout.manifest()).get(0).get("countries")).isEqualTo("Senegal; Côte d’Ivoire");
    }

    @Test
    void truthHasEveryDocumentInCodes() throws IOException {
        generate();
        List<CSVRecord> truth = Fixtures.csv(layout.truth());

        assertThat(truth).hasSize(9);
        CSVRecord scan = truth.stream().filter(r -> r.get("file").equals("evaluation-scan.pdf")).findFirst().orElseThrow();
        assertThat(scan.toMap()).containsEntry("countries", "SN; CI")
                .containsEntry("topics", "workforce-mapping-data; planning-workforce").containsEntry("type", "report")
                .containsEntry("language", "fr").containsEntry("year", "2018").containsEntry("format", "scanned-pdf")
                .containsEntry("in_manifest", "no");
    }

    @Test
    void multilingualQueriesAreJudgedByRuleFromTheTruth() throws IOException {
        Files.createDirectories(layout.queries().getParent());
        Files.writeString(layout.queries(), "fr01\tcartographie des effectifs\tfr\tworkforce-mapping-data\n"
                + "en01\tworkforce data\ten\tworkforce-mapping-data\n" + "es01\tincidencia\tes\tadvocacy\n");

        generate();

        assertThat(Files.readAllLines(layout.qrels())).hasSize(18)
                .contains("fr01 0 evaluation-scan.pdf 2", "en01 0 evaluation-scan.pdf 1")
                .noneMatch(line -> line.startsWith("es01"));
    }

    @Test
    void withoutQueriesNoJudgmentsAreWritten() throws IOException {
        generate();

        assertThat(layout.qrels()).doesNotExist();
    }

    @Test
    void brokenSourceIsReportedAndTheOthersAreStillGenerated() throws IOException {
        Path broken = layout.content().resolve("09-evaluation-txt.txt");
        Files.writeString(broken, Files.readString(broken).replace("countries: SN; CI", "countries: SN; ZZ"));

        GenerationReport report = generate();

        assertThat(report.failures()).containsExactly("09-evaluation-txt.txt:5: unknown country code 'ZZ'");
        assertThat(report.written()).hasSize(8);
        assertThat(Fixtures.csv(layout.truth())).hasSize(8);
    }

    @Test
    void duplicateFileNameIsReported() throws IOException {
        Files.copy(layout.content().resolve("09-evaluation-txt.txt"), layout.content().resolve("10-evaluation-txt.txt"));

        GenerationReport report = generate();

        assertThat(report.failures())
                .containsExactly("10-evaluation-txt.txt: file name evaluation-txt.txt is already used by 09-evaluation-txt.txt");
    }

    @Test
    void filesNoSourceProducesAnyMoreAreRemoved() throws IOException {
        Files.createDirectories(layout.library());
        Files.writeString(layout.library().resolve("renamed-long-ago.pdf"), "old");

        generate();

        assertThat(layout.library().resolve("renamed-long-ago.pdf")).doesNotExist();
    }
}
