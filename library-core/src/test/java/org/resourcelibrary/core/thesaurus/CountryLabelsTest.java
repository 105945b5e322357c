package org.resourcelibrary.core.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Countries are named as the JDK's locale data (CLDR) names them, in each of the four languages. */
class CountryLabelsTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static String cldr(String code, String language) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
    }

    @Test
    void everyCountryIsLabelledAsTheLocaleDataNamesItInEachLanguage() {
        for (String code : VOCABULARY.countryCodes()) {
            for (String language : Vocabulary.LABEL_LANGUAGES) {
                assertThat(VOCABULARY.label(Dimension.COUNTRY, code, language)).as(code + " in " + language)
                        .isEqualTo(cldr(code, language));
            }
        }
    }

    @Test
    void theThesaurusPrefersTheLocaleDatasNameAndKnowsItInAnyCase() {
        Thesaurus thesaurus = Thesaurus.standard();
        for (String code : VOCABULARY.countryCodes()) {
            Concept country = thesaurus.concept("country:" + code).orElseThrow();
            for (String language : Vocabulary.LABEL_LANGUAGES) {
                assertThat(country.label(language)).as(code + " in " + language).isEqualTo(cldr(code, language));
                assertThat(thesaurus.named(cldr(code, language).toLowerCase(Locale.ROOT))).as(code + " " + language)
                        .contains(country);
            }
        }
    }

    @Test
    void otherNamesOfACountryAreAlternativeLabels() {
        Concept ivoryCoast = Thesaurus.standard().concept("country:CI").orElseThrow();

        assertThat(ivoryCoast.labels()).contains(new Label("es", false, "Costa de Marfil"),
                new Label("en", false, "Ivory Coast"));
    }
}
