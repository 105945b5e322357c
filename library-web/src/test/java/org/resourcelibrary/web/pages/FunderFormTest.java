package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.pages.LibrarianView.TextField;

/** The librarian's upload and edit forms offer the funder, a field without a widget of its own. */
class FunderFormTest {

    private final MetadataChoices choices = new MetadataChoices(Vocabulary.standard());

    @Test
    void theUploadFormHasAnEmptyFunderField() {
        assertThat(choices.empty("en").more()).contains(new TextField("funder", "Funder", ""));
    }

    @Test
    void theEditFormShowsTheDocumentsFunderAndSendsItBack() {
        Resource resource = Resource.of("d1", Metadata.NONE.with(MetadataField.TITLE, "A report")
                        .with(MetadataField.FUNDER, "Oak Trust"))
                .withFile("a.pdf", "application/pdf", 1, null).withTimes(Instant.EPOCH, Instant.EPOCH);

        assertThat(choices.of(resource, "en").more()).contains(new TextField("funder", "Funder", "Oak Trust"));
        assertThat(MetadataChoices.values(resource)).containsEntry("funder", "Oak Trust");
        assertThat(MetadataChoices.FIELDS).contains("funder");
    }
}
