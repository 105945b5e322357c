package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class YearInferenceTest {

    private final YearInference years = new YearInference(2025);

    private OptionalInt stated(String firstPage, String title, String path) {
        return years.stated(DocumentText.of(List.of(firstPage, "The rest."), true), title, path);
    }

    @Test
    void aPublicationStatementOnTheCoverIsTheYear() {
        assertThat(stated("Growing a Profession\nLusaka, Published 2016\nThe survey ran in March 2015.", null, "x.pdf"))
                .hasValue(2016);
        assertThat(stated("Rapport\nPublié en décembre 2018", null, "x.pdf")).hasValue(2018);
        assertThat(stated("Informe\nPublicado en 2017 por el Instituto", null, "x.pdf")).hasValue(2017);
        assertThat(stated("Toolkit\n© 2019 Caring Communities Alliance", null, "x.pdf")).hasValue(2019);
    }

    @Test
    void aDatelineOnTheCoverComesNext() {
        assertThat(stated("Mind the Gap\nAddis Ababa, 2015\nSince 2009 the ministry has grown.", "Mind", "x.pdf"))
                .hasValue(2015);
        assertThat(stated("Webinar\nOnline webinar, 16 June 2021", null, "x.pptx")).hasValue(2021);
    }

    @Test
    void thenTheTitleThenTheFileName() {
        assertThat(stated("No dates here.", "The State of Social Work Education in Nepal, 2011", "nepal-2009.pdf"))
                .hasValue(2011);
        assertThat(stated("No dates here.", "Network Newsletter", "network-newsletter-2023-q2.html")).hasValue(2023);
    }

    @Test
    void aRangeIsNotAPublicationYear() {
        assertThat(stated("No dates here.", "Workforce Strategy 2021–2026", "strategy.pdf")).isEmpty();
    }

    @Test
    void implausibleYearsAreSkipped() {
        assertThat(stated("Published 2099\nPublished 2012", null, "x.pdf")).hasValue(2012);
        assertThat(stated("Code 1820-B", "Item 1820", "form-1820.pdf")).isEmpty();
    }

    @Test
    void aDocumentThatStatesNoYearHasNone() {
        assertThat(stated("Field notes from the visits.", "Field notes", "notes.txt")).isEmpty();
    }
}
