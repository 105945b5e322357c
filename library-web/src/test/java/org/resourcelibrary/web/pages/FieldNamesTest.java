package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.web.i18n.Messages;

/** The pages name every metadata field and head every dimension from its definition, in every page language. */
class FieldNamesTest {

    @Test
    void everyFieldHasANameInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            for (MetadataField field : MetadataField.values()) {
                assertThat(FieldNames.of(Messages.in(language), field)).as(language + " " + field.key())
                        .isNotBlank().doesNotStartWith("metadata.");
            }
        }
    }

    @Test
    void aFieldIsNamedByItsKeyInThePagesLanguage() {
        assertThat(FieldNames.of(Messages.in("fr"), "work")).isEqualTo("Œuvre");
        assertThat(FieldNames.of(Messages.in("es"), "funder")).isEqualTo("Financiador");
    }

    @Test
    void aKeyThatNamesNoFieldStaysAsItIs() {
        assertThat(FieldNames.of(Messages.in("en"), "pages")).isEqualTo("pages");
    }

    @Test
    void everyDimensionHasAHeadingInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            for (Dimension dimension : Dimension.values()) {
                assertThat(Messages.in(language).heading(dimension)).as(language + " " + dimension.param())
                        .isNotBlank().doesNotStartWith("metadata.").doesNotStartWith("dimension.");
            }
        }
    }

    @Test
    void aDimensionIsHeadedByItsFieldsNameUnlessTheBundlesGiveItAHeadingOfItsOwn() {
        Dimension funder = Dimension.of(MetadataField.FUNDER).orElseThrow();
        assertThat(Messages.in("fr").heading(funder)).isEqualTo(FieldNames.of(Messages.in("fr"), MetadataField.FUNDER))
                .isEqualTo("Bailleur de fonds");
        assertThat(Messages.in("es").heading(Dimension.COUNTRY)).isEqualTo("País");
        assertThat(FieldNames.of(Messages.in("es"), MetadataField.COUNTRIES)).isEqualTo("Países");
        assertThat(Messages.in("pt").heading(Dimension.REGION)).isEqualTo("Região");
    }
}
