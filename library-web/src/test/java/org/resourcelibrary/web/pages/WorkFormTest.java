package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.pages.LibrarianView.TextField;

/** The librarian's forms offer the work a document is an edition of, and send it back. */
class WorkFormTest {

    private final MetadataChoices choices = new MetadataChoices(Vocabulary.standard());

    @Test
    void theUploadFormHasAnEmptyWorkField() {
        assertThat(choices.empty("en").more()).contains(new TextField("work", "Work", ""));
        assertThat(choices.empty("fr").more()).contains(new TextField("work", "Œuvre", ""));
    }

    @Test
    void theEditFormShowsTheDocumentsWorkAndSendsItBack() {
        Resource resource = Resource.of("d1", Metadata.NONE.with(MetadataField.TITLE, "A report")
                        .with(MetadataField.LANGUAGE, "fr").with(MetadataField.WORK, "case-management-toolkit"))
                .withFile("a.pdf", "application/pdf", 1, null).withTimes(Instant.EPOCH, Instant.EPOCH);

        assertThat(choices.of(resource, "en").more()).contains(new TextField("work", "Work", "case-management-toolkit"));
        assertThat(MetadataChoices.values(resource)).containsEntry("work", "case-management-toolkit");
    }
}
