package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class MetadataFormTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    @Test
    void codesAndNamesInAnyLabelLanguageCaseOrAccentsAreUnderstood() {
        MetadataForm.Parsed parsed = FORM.parse(Map.of(
                "countries", "Zambia; ke | Sénégal;mexico; Côte d'Ivoire",
                "topics", "Case management; protection de l'enfant|GESTAO DE CASOS",
                "type", "Boîte à outils",
                "language", "Français",
                "year", " 2016 "));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values().list(MetadataField.COUNTRIES)).containsExactly("ZM", "KE", "SN", "MX", "CI");
        assertThat(parsed.values().list(MetadataField.TOPICS)).containsExactly("case-management", "child-protection");
        assertThat(parsed.values().text(MetadataField.TYPE)).isEqualTo("toolkit");
        assertThat(parsed.values().text(MetadataField.LANGUAGE)).isEqualTo("fr");
        assertThat(parsed.values().year(MetadataField.YEAR)).isEqualTo(2016);
    }

    @Test
    void commonNamesBeyondTheLabelsAreUnderstood() {
        assertThat(FORM.parse(Map.of("countries",
                "DRC; Ivory Coast; Viet Nam; Swaziland")).values().list(MetadataField.COUNTRIES))
                .containsExactly("CD", "CI", "VN", "SZ");
    }

    @Test
    void aLanguageTagGivesItsLanguage() {
        assertThat(FORM.parse(Map.of("language", "en-GB")).values().text(MetadataField.LANGUAGE)).isEqualTo("en");
    }

    @Test
    void anUnknownValueIsAProblemWithTheClosestKnownName() {
        MetadataForm.Parsed parsed = FORM.parse(Map.of("countries", "Zambai; Kenya", "topics", "Case managment",
                "type", "Tolkit", "language", "Englsh"));

        assertThat(parsed.values().list(MetadataField.COUNTRIES)).containsExactly("KE");
        assertThat(parsed.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                tuple("countries", "unknown country 'Zambai' (did you mean Zambia (ZM)?)"),
                tuple("topics",
                        "unknown topic 'Case managment' (did you mean Case management (case-management)?)"),
                tuple("type", "unknown type 'Tolkit' (did you mean Toolkit (toolkit)?); the types are "
                        + "Report (report), Toolkit (toolkit), Guidance (guidance), Policy & legislation "
                        + "(policy-legislation), Curriculum & training (curriculum-training), Case study (case-study), "
                        + "Research & evidence (research-evidence), Assessment tool (assessment-tool), Presentation "
                        + "& webinar (presentation-webinar), Newsletter & brief (newsletter-brief), Gray literature "
                        + "(gray-literature)"),
                tuple("language", "unknown language 'Englsh' (did you mean English (en)?)"));
    }

    @Test
    void aValueFarFromAnyNameHasNoSuggestion() {
        assertThat(FORM.parse(Map.of("countries", "Atlantis")).problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple("countries", "unknown country 'Atlantis'"));
    }

    @Test
    void aYearMustBeANumberInRange() {
        assertThat(FORM.parse(Map.of("year", "2019/20/21")).problems())
                .containsExactly(FieldProblem.of("year", MetadataRefusal.NOT_A_YEAR, "2019/20/21"));
        assertThat(FORM.parse(Map.of("year", "2099")).problems())
                .containsExactly(FieldProblem.of("year", MetadataRefusal.YEAR_RANGE, 2099, 1800, 2025));
        assertThat(FORM.parse(Map.of("year", "2099")).problems()).extracting(FieldProblem::message)
                .containsExactly("year 2099 is not between 1800 and 2025");
    }

    @Test
    void aDocumentHasOneType() {
        MetadataForm.Parsed parsed = FORM.parse(Map.of("type", "Toolkit; Report"));

        assertThat(parsed.values().text(MetadataField.TYPE)).isEqualTo("toolkit");
        assertThat(parsed.problems()).singleElement().extracting(FieldProblem::message).asString()
                .startsWith("a document has one type");
    }

    @Test
    void freeTextFieldsAreKeptAsTyped() {
        Metadata values = FORM.parse(Map.of("title", " The Jamii Case Pathway ", "organization",
                "East Africa Social Work Consortium", "keywords", "case management; Kenya", "authors",
                "A. Otieno | P. Mwangi", "summary", "A toolkit.")).values();

        assertThat(values.text(MetadataField.TITLE)).isEqualTo("The Jamii Case Pathway");
        assertThat(values.list(MetadataField.KEYWORDS)).containsExactly("case management", "Kenya");
        assertThat(values.list(MetadataField.AUTHORS)).containsExactly("A. Otieno", "P. Mwangi");
        assertThat(values.text(MetadataField.SUMMARY)).isEqualTo("A toolkit.");
        assertThat(values.text(MetadataField.ORGANIZATION)).isEqualTo("East Africa Social Work Consortium");
    }

    @Test
    void anUnknownFieldIsAProblem() {
        assertThat(FORM.parse(Map.of("colour", "blue")).problems()).singleElement()
                .extracting(FieldProblem::field).isEqualTo("colour");
    }
}
