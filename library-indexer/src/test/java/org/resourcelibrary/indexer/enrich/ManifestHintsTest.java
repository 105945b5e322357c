package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Values as spreadsheets write them: official country names, lists with commas, spans of years, bad types. */
class ManifestHintsTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    private static MetadataForm.Parsed parse(String field, String value) {
        return FORM.parse(Map.of(field, value));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '=', value = {
        "Tanzania, United Republic of=TZ",
        "Congo, Democratic Republic of the=CD",
        "Korea, Republic of=KR",
        "Korea, Democratic People's Republic of=KP",
        "Bolivia, Plurinational State of=BO",
        "Bolivia (Plurinational State of)=BO",
        "Iran (Islamic Republic of)=IR",
        "Venezuela, Bolivarian Republic of=VE",
        "Moldova, Republic of=MD",
        "Micronesia, Federated States of=FM",
        "Viet Nam=VN",
        "Lao People's Democratic Republic=LA",
        "United Kingdom of Great Britain and Northern Ireland=GB"})
    void officialCountryNamesResolve(String name, String code) {
        MetadataForm.Parsed parsed = parse(MetadataField.COUNTRIES.key(), name);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values().list(MetadataField.COUNTRIES)).containsExactly(code);
    }

    @Test
    void countriesSeparatedByACommaSayThatSemicolonsSeparateValues() {
        MetadataForm.Parsed parsed = parse(MetadataField.COUNTRIES.key(), "Malawi, Zambia");

        assertThat(parsed.values().list(MetadataField.COUNTRIES)).isEmpty();
        assertThat(parsed.problems()).singleElement().extracting(FieldProblem::message).isEqualTo(
                "unknown country 'Malawi, Zambia': several values are separated by ';' (Malawi; Zambia)");
    }

    @Test
    void topicsSeparatedByACommaSaySoToo() {
        assertThat(parse(MetadataField.TOPICS.key(), "Case management, Child protection").problems()).singleElement()
                .extracting(FieldProblem::message).asString()
                .endsWith("several values are separated by ';' (Case management; Child protection)");
    }

    @Test
    void anUnknownTypeListsTheTypes() {
        String message = parse(MetadataField.TYPE.key(), "Handbook").problems().get(0).message();

        assertThat(message).startsWith("unknown type 'Handbook'").contains("; the types are ")
                .contains("Toolkit (toolkit)", "Case study (case-study)", "Report (report)");
    }

    @ParameterizedTest
    @CsvSource({"2019/2020", "2019-2020", "2019–20", "2019 - 2020"})
    void aSpanOfYearsTakesTheFirstAndSaysSoWithoutAProblem(String span) {
        MetadataForm.Parsed parsed = parse(MetadataField.YEAR.key(), span);

        assertThat(parsed.values().year(MetadataField.YEAR)).isEqualTo(2019);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.notes()).singleElement().extracting(FieldProblem::message)
                .isEqualTo("'" + span + "' is a span of years; its first, 2019, is kept");
    }

    @Test
    void theManifestListsTheNoteWithItsLine() throws Exception {
        Manifest manifest = Manifest.read(new StringReader("file,year\nguide.pdf,2019/2020\n"), List.of(), FORM);

        assertThat(manifest.rows().get(0).values().year(MetadataField.YEAR)).isEqualTo(2019);
        assertThat(manifest.problems()).extracting(ManifestProblem::toString)
                .containsExactly("line 2, year: '2019/2020' is a span of years; its first, 2019, is kept");
    }
}
