package org.resourcelibrary.samples.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.Fixtures;

class SourceParserTest {

    private static final String HEADER = """
            file: zambia-report.pdf
            format: pdf
            language: en
            title: Zambia Report
            countries: ZM; KE
            topics: case-management
            type: report
            year: 2019
            organization: Ministry
            manifest: yes
            """;

    private final SourceParser parser = new SourceParser(Vocabulary.standard());

    @TempDir
    Path dir;

    private SourceDocument parse(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return parser.parse(file);
    }

    private SourceDocument parse(String body) throws Exception {
        return parse("01-zambia-report.txt", HEADER + "---\n" + body);
    }

    private void assertFails(String name, String text, String message) {
        assertThatThrownBy(() -> parse(name, text)).isInstanceOf(SourceException.class).hasMessage(message);
    }

    @Test
    void headerBecomesMetadataWithCodesAndProperties() throws Exception {
        SampleMetadata metadata = Fixtures.of(Format.PDF).metadata();

        assertThat(metadata.file()).isEqualTo("evaluation-pdf.pdf");
        assertThat(metadata.format()).isEqualTo(Format.PDF);
        assertThat(metadata.language()).isEqualTo("fr");
        assertThat(metadata.countries()).containsExactly("SN", "CI");
        assertThat(metadata.topics()).containsExactly("workforce-mapping-data", "planning-workforce");
        assertThat(metadata.type()).isEqualTo("report");
        assertThat(metadata.year()).isEqualTo(2018);
        assertThat(metadata.inManifest()).isTrue();
        assertThat(metadata.properties()).isEqualTo(new EmbeddedProperties("Évaluation & \"suivi\" <2018>",
                "Aminata Diouf", LocalDate.of(2018, 11, 26), "évaluation; main-d'œuvre; Sénégal"));
    }

    @Test
    void absentPropertiesStayUnset() {
        assertThat(Fixtures.of(Format.SCANNED_PDF).metadata().properties()).isEqualTo(EmbeddedProperties.NONE);
    }

    @Test
    void emptyCountriesMeanAGlobalDocument() throws Exception {
        SourceDocument document = parse("01-zambia-report.txt",
                HEADER.replace("countries: ZM; KE", "countries:") + "---\nText.\n");

        assertThat(document.metadata().countries()).isEmpty();
    }

    @Test
    void bodyIsSplitIntoPagesOfBlocks() throws Exception {
        SourceDocument document = parse("""
                # Title

                First line
                joined with the second.

                - one
                - **two**

                3. three
                4. four
                === page ===
                | A | B |
                |---|---|
                | 1 | 2 |
                """);

        assertThat(document.pages()).hasSize(2);
        assertThat(document.pages().get(0).blocks()).containsExactly(
                new Block.Heading(1, "Title"),
                new Block.Paragraph(RichText.plain("First line joined with the second.")),
                new Block.ListBlock(false, 1, List.of(RichText.plain("one"),
                        new RichText(List.of(new Span("two", true))))),
                new Block.ListBlock(true, 3, List.of(RichText.plain("three"), RichText.plain("four"))));
        assertThat(document.pages().get(1).blocks()).containsExactly(new Block.Table(
                List.of(RichText.plain("A"), RichText.plain("B")),
                List.of(List.of(RichText.plain("1"), RichText.plain("2")))));
    }

    @Test
    void boldMarkersBecomeBoldSpans() {
        assertThat(RichText.parse("a **b** c").spans())
                .containsExactly(new Span("a ", false), new Span("b", true), new Span(" c", false));
    }

    @Test
    void slidesHaveTitleBodyAndNotes() {
        List<Slide> slides = Fixtures.of(Format.PPTX).slides();

        assertThat(slides).hasSize(2);
        assertThat(slides.get(1).title()).isEqualTo("Principales conclusions");
        assertThat(slides.get(1).notes()).isEqualTo("Insister sur la supervision. Puis passer aux questions.");
        assertThat(slides.get(1).blocks()).hasSize(2);
    }

    @Test
    void sheetsHaveNamedRowsOfCells() {
        List<Sheet> sheets = Fixtures.of(Format.XLSX).sheets();

        assertThat(sheets).extracting(Sheet::name).containsExactly("Effectifs", "À propos");
        assertThat(sheets.get(0).rows().get(1)).containsExactly("Dakar", "007", "120", "81.7");
    }

    @Test
    void unknownCountryCodeNamesFileAndLine() {
        assertFails("01-zambia-report.txt", HEADER.replace("ZM; KE", "ZM; XX") + "---\nText.\n",
                "01-zambia-report.txt:5: unknown country code 'XX'");
    }

    @Test
    void unknownTopicCodeIsAnError() {
        assertFails("01-zambia-report.txt", HEADER.replace("case-management", "casework") + "---\nText.\n",
                "01-zambia-report.txt:6: unknown topic code 'casework'");
    }

    @Test
    void unknownTypeCodeIsAnError() {
        assertFails("01-zambia-report.txt", HEADER.replace("type: report", "type: memo") + "---\nText.\n",
                "01-zambia-report.txt:7: unknown type code 'memo'");
    }

    @Test
    void missingHeaderKeyIsAnError() {
        assertFails("01-zambia-report.txt", HEADER.replace("year: 2019\n", "") + "---\nText.\n",
                "01-zambia-report.txt:10: header has no 'year:' line");
    }

    @Test
    void unknownFormatIsAnError() {
        assertFails("01-zambia-report.txt", HEADER.replace("format: pdf", "format: pages") + "---\nText.\n",
                "01-zambia-report.txt:2: unknown format 'pages'");
    }

    @Test
    void unknownHeaderKeyIsAnError() {
        assertFails("01-zambia-report.txt", HEADER + "prop.title: x\n---\nText.\n",
                "01-zambia-report.txt:11: unknown header key 'prop.title'");
    }

    @Test
    void workKeyNamesTheWorkOfAnEditionAndIsAbsentForASingleDocument() throws Exception {
        SourceDocument edition = parse("01-zambia-report.txt", HEADER + "work: zambia-assessment-2019\n---\nText.\n");

        assertThat(edition.metadata().work()).isEqualTo("zambia-assessment-2019");
        assertThat(parse("Text.\n").metadata().work()).isNull();
    }

    @Test
    void workKeyMustBeLowerCaseWordsJoinedByDashes() {
        assertFails("01-zambia-report.txt", HEADER + "work: Zambia Assessment\n---\nText.\n",
                "01-zambia-report.txt:11: work key 'Zambia Assessment' must be lower-case words joined by dashes");
    }

    @Test
    void extensionMustMatchFormat() {
        assertFails("01-zambia-report.txt", HEADER.replace("format: pdf", "format: docx") + "---\nText.\n",
                "01-zambia-report.txt:1: file name 'zambia-report.pdf' must end with .docx for format docx");
    }

    @Test
    void sourceNameMustMatchFileName() {
        assertFails("01-other.txt", HEADER + "---\nText.\n",
                "01-other.txt: source file must be named NN-zambia-report.txt after its file: zambia-report.pdf");
    }

    @Test
    void headingDeeperThanThreeIsBadMarkup() {
        assertThatThrownBy(() -> parse("Text.\n\n#### Too deep\n"))
                .hasMessage("01-zambia-report.txt:14: heading level 4 (at most 3 #)");
    }

    @Test
    void tableRowWithWrongCellCountIsBadMarkup() {
        assertThatThrownBy(() -> parse("| a | b |\n| 1 |\n"))
                .hasMessage("01-zambia-report.txt:13: table row has 1 cells but the table's header row (line 12) has 2");
    }

    @Test
    void unclosedBoldIsBadMarkup() {
        assertThatThrownBy(() -> parse("Some **bold text.\n"))
                .hasMessage("01-zambia-report.txt:12: unclosed ** (bold) marker");
    }

    @Test
    void slideMarkerInAPdfIsBadMarkup() {
        assertThatThrownBy(() -> parse("=== slide ===\n# T\n"))
                .hasMessage("01-zambia-report.txt:12: '=== slide ===' does not belong in a pdf source");
    }

    @Test
    void unknownMarkerIsBadMarkup() {
        assertThatThrownBy(() -> parse("Text.\n=== chapter ===\n"))
                .hasMessage("01-zambia-report.txt:13: unknown marker '=== chapter ==='");
    }

    @Test
    void emptyPageIsBadMarkup() {
        assertThatThrownBy(() -> parse("Text.\n=== page ===\n\n=== page ===\nMore.\n"))
                .hasMessage("01-zambia-report.txt:13: empty page");
    }

    @Test
    void slideWithoutTitleIsBadMarkup() throws Exception {
        String header = HEADER.replace("zambia-report.pdf", "zambia-report.pptx").replace("format: pdf", "format: pptx");
        assertFails("01-zambia-report.txt", header + "---\n=== slide ===\n- a bullet\n",
                "01-zambia-report.txt:12: slide has no '# ' title line");
    }

    @Test
    void missingSeparatorIsAnError() {
        assertFails("01-zambia-report.txt", HEADER, "01-zambia-report.txt: no '---' line between header and body");
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        Path file = dir.resolve("01-zambia-report.txt");
        Files.write(file, new byte[] {'f', 'i', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> parser.parse(file)).hasMessage("01-zambia-report.txt: not valid UTF-8");
    }
}
