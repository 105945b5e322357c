package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.web.i18n.Messages;

/** The librarian pages name every metadata field from its definition, in every page language. */
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
}
