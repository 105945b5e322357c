package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        Resource resource = new Resource("d1", "A report", null, List.of(), List.of(), List.of(), List.of(), null,
                null, null, null, "a.pdf", "application/pdf", 1, null, List.of(), Instant.EPOCH, Instant.EPOCH,
                Map.of(), null, "Oak Trust", null);

        assertThat(choices.of(resource, "en").more()).contains(new TextField("funder", "Funder", "Oak Trust"));
        assertThat(MetadataChoices.values(resource)).containsEntry("funder", "Oak Trust");
        assertThat(MetadataChoices.FIELDS).contains("funder");
    }
}
