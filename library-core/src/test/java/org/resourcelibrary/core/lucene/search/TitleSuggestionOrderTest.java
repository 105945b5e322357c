package org.resourcelibrary.core.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Titles suggested for a prefix that they match alike come in the order of their ids, as SolrCloud gives them,
 * not in the order the index keeps them (which a later change of one of them alters).
 */
class TitleSuggestionOrderTest {

    @TempDir
    Path dir;

    @Test
    void titlesThatMatchAlikeComeByIdWhateverOrderTheyWereWrittenIn() throws Exception {
        try (LuceneLibrary library = LuceneLibrary.open(dir.resolve("index"), Vocabulary.standard())) {
            for (String id : List.of("c-guide", "a-guide", "b-guide")) {
                library.upsert(new ResourceContent(title(id, "Quokka " + id.charAt(0)), List.of("text")));
            }
            library.commit();
            // Written again, so the index now keeps it after the others.
            library.upsert(new ResourceContent(title("a-guide", "Quokka a"), List.of("text")));
            library.commit();

            assertThat(library.suggest("quok", 3, "en")).extracting(Suggestion::value)
                    .containsExactly("a-guide", "b-guide", "c-guide");
        }
    }

    private static Resource title(String id, String title) {
        return Resource.of(id, Metadata.NONE.with(MetadataField.TITLE, title).with(MetadataField.LANGUAGE, "en"))
                .withTimes(Instant.EPOCH, Instant.EPOCH);
    }
}
