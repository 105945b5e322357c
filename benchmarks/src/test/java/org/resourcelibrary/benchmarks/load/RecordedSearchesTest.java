package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class RecordedSearchesTest {

    private static final int MIX = 20;

    @TempDir
    Path dir;

    @Test
    void answersAsTheSearcherDoesAndWritesEverySearchToTheDatabase() throws Exception {
        Path data = dir.resolve("library");
        SmallLibrary.build(data);
        List<QuerySpec> mix = new QueryMix(Vocabulary.standard()).queries(1, MIX);
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(new DataDirectory(data).index(), Vocabulary.standard());
             RecordedSearches recorded = RecordedSearches.open()) {
            Target plain = new InProcessTarget(library);
            Target recording = recorded.target(library);
            for (QuerySpec query : mix) {
                assertThat(recording.answer(query)).isEqualTo(plain.answer(query));
            }
            // As on the search page: a first page that names words or filters is a search; further pages are not.
            long searches = mix.stream().filter(query -> query.page() == 1
                    && (!query.text().isEmpty() || !query.filters().isEmpty())).count();
            assertThat(searches).isPositive().isLessThan(MIX);
            assertThat(recorded.recorded()).isEqualTo("analytics: " + searches + " events written, 0 dropped");
        }
    }
}
