package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** A refused search says why as a key and arguments, which an interface translates, and in English. */
class SearchRefusalTest {

    private final SearchParameters parameters = new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.STRICT);

    @Test
    void aYearOutOfRangeCarriesItsKeyAndArgumentsAndSaysItInEnglish() {
        assertThatThrownBy(() -> parameters.parse(Map.of("year_from", List.of("1200"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.refusal()).contains(SearchRefusal.YEAR_FROM_RANGE);
                    assertThat(e.refusal().orElseThrow().key()).isEqualTo("refusal.year.from.range");
                    assertThat(e.arguments()).last().isEqualTo(1200);
                    assertThat(e.getMessage()).startsWith("year_from must be a year between ").endsWith(", got 1200");
                });
    }

    @Test
    void anUnknownFacetValueSaysWhatTheDimensionTakes() {
        assertThatThrownBy(() -> parameters.parse(Map.of("country", List.of("Narnia"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.refusal()).contains(SearchRefusal.UNKNOWN_COUNTRY);
                    assertThat(e.arguments()).containsExactly("country", "Narnia");
                    assertThat(e.getMessage()).isEqualTo("unknown country 'Narnia': use an ISO 3166-1 alpha-2 code"
                            + " such as ZM or a country's name");
                });
    }

    @Test
    void numbersAreWrittenUngrouped() {
        assertThat(SearchRefusal.QUERY_TOO_LONG.english(12345, 1000))
                .isEqualTo("q is 12345 characters long; the limit is 1000");
    }

    @Test
    void everyRefusalHasItsOwnKeyAndReadableEnglish() {
        assertThat(List.of(SearchRefusal.values()).stream().map(Refusal::key).distinct())
                .hasSize(SearchRefusal.values().length);
        for (SearchRefusal refusal : SearchRefusal.values()) {
            Object[] arguments = {"a", "b", "c", "d"};
            assertThat(refusal.english()).as(refusal.name()).doesNotContainPattern("(?<!')'(?!')");
            assertThat(refusal.english(refusal.english().contains("number") ? new Object[] {1, 2, 3, 4} : arguments))
                    .as(refusal.name()).doesNotContain("{");
        }
    }
}
