package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleInferenceTest {

    private final TitleInference titles = new TitleInference();

    private String fromCover(String firstPage) {
        return titles.fromCover(DocumentText.of(List.of(firstPage, "More text."), true)).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Microsoft Word - ZM_SSW_assessment_final_v3.docx", "PowerPoint Presentation", "untitled",
        "Book1", "Documento1", "Hoja1", "Draft 2 - do not circulate", "Mentoring guide FINAL FINAL (2)",
        "report.pdf", "Présentation PowerPoint", "Sem título", "2019-03-14 12:00", "Slide 1"})
    void placeholderTitlesAreNotUsed(String title) {
        assertThat(TitleInference.isUsable(title)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Jamii Case Pathway: A Case Management Toolkit",
        "Guía práctica de manejo de casos", "Boletim Lusófono 2025"})
    void realTitlesAreUsed(String title) {
        assertThat(TitleInference.isUsable(title)).isTrue();
    }

    @Test
    void theCoverTitleIsJoinedToItsSubtitle() {
        assertThat(fromCover("Republic of Zambia\nStrengthening the Social Service Workforce in Zambia\n"
                + "National Assessment Report 2019\nMinistry of Community Development\nLusaka, Published 2019"))
                .isEqualTo("Strengthening the Social Service Workforce in Zambia: National Assessment Report 2019");
    }

    @Test
    void aSubtitleWrappedBetweenTwoWordsTheTextWritesTogetherIsWholeAgain() {
        String cover = "Walking Alongside\n\nA Guide to Mentoring Newly Qualified Social Workers in South\nAfrica\n"
                + "Caring Communities Alliance\n\nPublished 2023";
        assertThat(titles.fromCover(DocumentText.of(List.of(cover, "South Africa trains thousands of social workers "
                + "every year, and many begin in the hardest places."), true)))
                .contains("Walking Alongside: A Guide to Mentoring Newly Qualified Social Workers in South Africa");
    }

    @Test
    void aTitleWrappedAfterASmallWordOrIntoLowerCaseIsWholeAgain() {
        assertThat(fromCover("Internal Memo: Options for Licensing of Social Workers in\nKyrgyzstan\nTo: the director"))
                .isEqualTo("Internal Memo: Options for Licensing of Social Workers in Kyrgyzstan");
        assertThat(fromCover("Acta del taller comunitario de protección\ninfantil en Juticalpa, Olancho (Honduras)\n"
                + "Asociación Comunitaria\n2016"))
                .isEqualTo("Acta del taller comunitario de protección infantil en Juticalpa, Olancho (Honduras)");
    }

    @Test
    void aLineOfRunningTextBetweenTwoCoverLinesKeepsThemApart() {
        assertThat(fromCover("Vers une politique intégrée de protection\nsociale au Maroc\n\nAnalyse du cadre juridique "
                + "et de l'articulation entre santé\net action sociale\nMENA Social Protection Forum"))
                .isEqualTo("Vers une politique intégrée de protection sociale au Maroc");
    }

    @Test
    void thePublisherIsNotTakenForASubtitle() {
        assertThat(fromCover("Evaluation of the Para-Social Worker Scheme\nSouth Asia Social Work Learning Hub\n2007"))
                .isEqualTo("Evaluation of the Para-Social Worker Scheme");
    }

    @Test
    void aTitleCellOfASpreadsheetIsTheTitle() {
        assertThat(fromCover("About\nItem\tDescription\nTitle\tSocial Service Workforce Data Dashboard 2022\n"
                + "Publisher\tGlobal Workforce Practitioners Network"))
                .isEqualTo("Social Service Workforce Data Dashboard 2022");
    }

    @Test
    void aTitleInCapitalsIsWrittenInTitleCase() {
        assertThat(fromCover("INTERNAL MEMO: OPTIONS FOR LICENSING OF SOCIAL WORKERS IN KYRGYZSTAN\nTo: the director"))
                .isEqualTo("Internal Memo: Options for Licensing of Social Workers in Kyrgyzstan");
    }

    @Test
    void runningTextIsNotATitle() {
        assertThat(fromCover("Dear members,\nThis quarter we counted the workforce in three countries and we are "
                + "pleased to share what we learned with all of you.")).isNull();
    }

    @Test
    void aFileNameMakesATitleOfLastResort() {
        assertThat(TitleInference.fromFileName("reports/ZM_SSW_assessment_final_v3.docx"))
                .isEqualTo("ZM SSW assessment");
        assertThat(TitleInference.fromFileName("kenya-volunteer-field-notes.txt"))
                .isEqualTo("Kenya volunteer field notes");
    }
}
