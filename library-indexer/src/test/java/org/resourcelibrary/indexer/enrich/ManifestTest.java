package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ManifestTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    @TempDir
    Path library;

    private Path file(String path) throws IOException {
        Path file = library.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "content");
    }

    private Manifest read(String csv) throws IOException, ManifestException {
        return Manifest.read(new StringReader(csv), List.of(library), FORM);
    }

    @Test
    void theSampleManifestFormatIsRead() throws Exception {
        file("case-management-toolkit-east-africa.pdf");
        file("cambodia-residential-care-transition.rtf");

        Manifest manifest = read("file,title,countries,topics,type,language,year,organization\n"
                + "case-management-toolkit-east-africa.pdf,The Jamii Case Pathway,Kenya; Uganda,"
                + "Case management; Child protection,Toolkit,English,2016,East Africa Social Work Consortium\n"
                + "cambodia-residential-care-transition.rtf,\"From Orphanage to Family: A Case Study, Cambodia\",KH,"
                + "alternative-care; case-management,case-study,en,2020,Horizons Child Welfare Institute\n");

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows()).containsExactly(
                new ManifestRow(2, "case-management-toolkit-east-africa.pdf", Metadata.NONE
                        .with(MetadataField.TITLE, "The Jamii Case Pathway")
                        .with(MetadataField.COUNTRIES, List.of("KE", "UG"))
                        .with(MetadataField.TOPICS, List.of("case-management", "child-protection"))
                        .with(MetadataField.TYPE, "toolkit").with(MetadataField.LANGUAGE, "en")
                        .with(MetadataField.YEAR, 2016)
                        .with(MetadataField.ORGANIZATION, "East Africa Social Work Consortium")),
                new ManifestRow(3, "cambodia-residential-care-transition.rtf", Metadata.NONE
                        .with(MetadataField.TITLE, "From Orphanage to Family: A Case Study, Cambodia")
                        .with(MetadataField.COUNTRIES, List.of("KH"))
                        .with(MetadataField.TOPICS, List.of("alternative-care", "case-management"))
                        .with(MetadataField.TYPE, "case-study").with(MetadataField.LANGUAGE, "en")
                        .with(MetadataField.YEAR, 2020)
                        .with(MetadataField.ORGANIZATION, "Horizons Child Welfare Institute")));
        assertThat(manifest.organizations())
                .containsExactly("East Africa Social Work Consortium", "Horizons Child Welfare Institute");
    }

    @Test
    void aByteOrderMarkSemicolonsAndHeaderCaseAreAccepted() throws Exception {
        file("a.pdf");

        Manifest manifest = read("\uFEFFFILE;Title;Country;Year;Keywords\na.pdf;Un titre;Sénégal | Mali;2018;x|y\n");

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows().get(0).values().list(MetadataField.COUNTRIES)).containsExactly("SN", "ML");
        assertThat(manifest.rows().get(0).values().list(MetadataField.KEYWORDS)).containsExactly("x", "y");
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumn() throws Exception {
        file("a.pdf");
        file("b.pdf");
        file("c.pdf");

        Manifest manifest = read("file,countries,year\n"
                + "a.pdf,Zambai,2019\n"
                + "b.pdf,Kenya,twenty\n"
                + "a.pdf,Uganda,2019\n"
                + "missing.pdf,Kenya,2019\n"
                + ",Kenya,2019\n"
                + "c.pdf,Kenya,2019\n");

        assertThat(manifest.problems()).extracting(ManifestProblem::toString).containsExactly(
                "line 2, countries: unknown country 'Zambai' (did you mean Zambia (ZM)?)",
                "line 3, year: 'twenty' is not a year (e.g. 2019)",
                "line 4, file: 'a.pdf' is listed twice, on lines 2 and 4; line 4 is ignored",
                "line 5, file: 'missing.pdf' is not in the ingested folder or zip",
                "line 6, file: empty: every row names the file it describes");
        assertThat(manifest.rows()).extracting(ManifestRow::file)
                .containsExactly("a.pdf", "b.pdf", "missing.pdf", "c.pdf");
    }

    @Test
    void problemsNameTheColumnAsTheLibrarianWroteIt() throws Exception {
        file("a.pdf");

        assertThat(read("Filename,Country\na.pdf,Narnia\n").problems()).extracting(ManifestProblem::toString)
                .containsExactly("line 2, Country: unknown country 'Narnia'");
    }

    @Test
    void cellsOverSeveralLinesKeepTheLineNumbersRight() throws Exception {
        file("a.pdf");
        file("b.pdf");

        Manifest manifest = read("file,title,year\na.pdf,\"A title\nover two lines\",2019\n\nb.pdf,B,1492\n");

        assertThat(manifest.rows()).extracting(ManifestRow::line).containsExactly(2, 5);
        assertThat(manifest.problems()).extracting(ManifestProblem::line).containsExactly(5);
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithTheLine() {
        assertThatThrownBy(() -> read("file,title\na.pdf,ok\nb.pdf,\"bad\"x\n"))
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith("line 3: not readable as CSV");
    }

    @Test
    void aHeaderWithoutAFileColumnIsRefused() {
        assertThatThrownBy(() -> read("title,year\nA,2019\n")).isInstanceOf(ManifestException.class)
                .hasMessageContaining("line 1: no 'file' column");
    }

    @Test
    void anEmptyManifestIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ManifestException.class).hasMessageContaining("empty");
    }

    @Test
    void unknownColumnsAndExtraCellsAreReportedAndIgnored() throws Exception {
        file("a.pdf");

        Manifest manifest = read("file,colour,year\na.pdf,blue,2019,surplus\n");

        assertThat(manifest.problems()).extracting(ManifestProblem::toString).containsExactly(
                "line 1, colour: unknown column, ignored; the columns are file, title, summary, keywords, authors, "
                        + "countries, topics, type, language, year, organization, funder, work",
                "line 2: more cells (4) than columns (3); the extra ones are ignored");
        assertThat(manifest.rows().get(0).values().year(MetadataField.YEAR)).isEqualTo(2019);
    }

    @Test
    void aRowIsFoundByItsPathWithEitherSeparatorAndIgnoringCase() throws Exception {
        file("reports/2019/Zambia.pdf");

        Manifest manifest = read("file,year\nreports/2019/Zambia.pdf,2019\n");

        assertThat(manifest.row("reports\\2019\\Zambia.pdf")).isPresent();
        assertThat(manifest.row("./reports/2019/zambia.PDF")).isPresent();
        assertThat(manifest.row("reports/2019/Kenya.pdf")).isEmpty();
    }

    @Test
    void aFileTypedInAnotherCaseIsFoundAsItIsOnDisk() throws Exception {
        file("Reports/Zambia.PDF");

        Manifest manifest = read("file,year\nreports/zambia.pdf,2019\n");

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows().get(0).file()).isEqualTo("Reports/Zambia.PDF");
    }

    @Test
    void filesAreLookedUpInsideAZipRoot() throws Exception {
        Path zip = library.resolve("upload.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("docs/a.pdf"));
            entries.write("content".getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }

        Manifest manifest = Manifest.read(new StringReader("file\ndocs/a.pdf\ndocs/b.pdf\n"), List.of(zip), FORM);

        assertThat(manifest.problems()).extracting(ManifestProblem::line).containsExactly(3);
    }

    @Test
    void withoutRootsFilesAreNotChecked() throws Exception {
        Manifest manifest = Manifest.read(new StringReader("file\nnowhere.pdf\n"), List.of(), FORM);

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows()).hasSize(1);
    }
}
