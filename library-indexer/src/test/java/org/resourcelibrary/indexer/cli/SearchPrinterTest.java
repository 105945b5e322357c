package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** {@code library search} says when its results may be incomplete: the search ran out of its time budget. */
class SearchPrinterTest {

    /** The smallest time budget there is: every search runs out of it at once. */
    private static final Duration HURRIED = Duration.ofNanos(1);
    private static final String INCOMPLETE = "These results may be incomplete";

    @TempDir
    Path dir;

    @Test
    void aSearchPastItsTimeBudgetSaysItsResultsMayBeIncompleteAndHowToNarrowIt() throws Exception {
        String printed = printed(HURRIED);

        assertThat(printed).contains(INCOMPLETE).contains("--country");
    }

    @Test
    void aSearchWithinItsTimeBudgetSaysNothingOfTheKind() throws Exception {
        String printed = printed(SearchRequest.TIME_BUDGET);

        assertThat(printed).contains("Case management toolkit for Zambia").doesNotContain(INCOMPLETE);
    }

    /** What {@code library search "case workers"} prints over a library of one toolkit with this time budget. */
    private String printed(Duration timeBudget) throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        SearchResponse response;
        try (LuceneLibrary library = LuceneLibrary.open(dir.resolve("index"), vocabulary, Ranking.DEFAULT,
                timeBudget)) {
            Resource toolkit = Resource.of("zm-toolkit", Metadata.NONE
                            .with(MetadataField.TITLE, "Case management toolkit for Zambia")
                            .with(MetadataField.LANGUAGE, "en").with(MetadataField.TYPE, "toolkit"))
                    .withFile("zm-toolkit.pdf", "application/pdf", 1000, null).withTimes(Instant.EPOCH, Instant.EPOCH)
                    .withExtraction(new Extraction("application/pdf", 40, 1, false, null, Map.of()));
            library.upsert(new ResourceContent(toolkit, List.of("Case workers in Zambia follow seven steps.")));
            library.commit();
            response = library.search(SearchRequest.builder().query("case workers").build().validate(vocabulary));
        }
        StringWriter out = new StringWriter();
        new SearchPrinter(new PrintWriter(out), vocabulary).print(SearchRequest.builder().query("case workers")
                .build(), response);
        return out.toString();
    }
}
