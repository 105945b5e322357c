package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** One reading of a search's parameters for the API, the page and the CLI, checked once. */
class SearchParametersTest {

    private final SearchParameters strict = new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.STRICT);
    private final SearchParameters lenient =
            new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.LENIENT);

    private static Map<String, List<String>> query(String queryString) {
        return SearchParameters.decode(queryString);
    }

    private static void refused(SearchParameters parser, String queryString, String parameter, String message) {
        assertThatThrownBy(() -> parser.parse(query(queryString))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message).extracting("parameter").isEqualTo(parameter);
    }

    @Test
    void everyParameterIsRead() {
        SearchRequest request = strict.parse(query("q=case+management&country=ZM&country=KE&type=toolkit"
                + "&year_from=2010&year_to=2020&sort=newest&page=2&size=20&lang=fr"));

        assertThat(request).isEqualTo(SearchRequest.builder().query("case management")
                .filter(Dimension.COUNTRY, "ZM", "KE").filter(Dimension.TYPE, "toolkit").years(2010, 2020)
                .sort(Sort.NEWEST).page(2).size(20).labelLanguage("fr").memberLanguage(MemberLanguage.given("fr")).build());
    }

    @Test
    void filterValuesMayBeNamesInAnyLabelLanguage() {
        SearchRequest request = strict.parse(query("country=Zambia&country=Zambie&topic=Manejo+de+casos"
                + "&language=Fran%C3%A7ais"));

        assertThat(request.selected(Dimension.COUNTRY)).containsExactly("ZM");
        assertThat(request.selected(Dimension.TOPIC)).containsExactly("case-management");
        assertThat(request.selected(Dimension.LANGUAGE)).containsExactly("fr");
    }

    @Test
    void anUnknownFilterValueIsRefusedWithAHint() {
        refused(strict, "country=Atlantis", "country", "unknown country 'Atlantis': use an ISO 3166-1");
    }

    @Test
    void brokenPercentEncodingIsRefusedNamingTheParameter() {
        refused(strict, "cursor=%%%", "cursor", "cursor cannot be decoded");
        refused(lenient, "q=50%+off", "q", "not valid percent-encoding");
    }

    @Test
    void aNumberTooLargeToReadIsTooLargeNotNotANumber() {
        refused(strict, "page=99999999999", "page", "page 99999999999 is too large; the limit is "
                + SearchRequest.MAX_PAGE);
        refused(strict, "page=two", "page", "page must be a whole number, got 'two'");
    }

    @Test
    void boundsAreCheckedOnce() {
        refused(strict, "size=101", "size", "size must be between 1 and " + SearchRequest.MAX_SIZE);
        refused(strict, "page=0", "page", "page must be 1 or more");
        refused(strict, "year_from=2020&year_to=2010", "year_from", "is after year_to");
        refused(strict, "sort=random", "sort", "sort must be one of");
        refused(strict, "q=a&q=b", "q", "q is given 2 times; give it once");
    }

    @Test
    void anUnknownParameterIsRefusedByTheApiAndIgnoredByThePage() {
        refused(strict, "q=case&utm_source=mail", "utm_source", "unknown parameter 'utm_source'");

        assertThat(lenient.parse(query("q=case&utm_source=mail"))).isEqualTo(SearchRequest.of("case"));
    }

    @Test
    void emptyValuesAreAbsent() {
        assertThat(strict.parse(query("q=&country=&page=&sort="))).isEqualTo(SearchRequest.of(""));
    }
}
