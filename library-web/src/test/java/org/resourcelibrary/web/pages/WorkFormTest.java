package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        Resource resource = new Resource("d1", "A report", null, List.of(), List.of(), List.of(), List.of(), null,
                "fr", null, null, "a.pdf", "application/pdf", 1, null, List.of(), Instant.EPOCH, Instant.EPOCH,
                Map.of(), null, null, "case-management-toolkit");

        assertThat(choices.of(resource, "en").more()).contains(new TextField("work", "Work", "case-management-toolkit"));
        assertThat(MetadataChoices.values(resource)).containsEntry("work", "case-management-toolkit");
    }
}
