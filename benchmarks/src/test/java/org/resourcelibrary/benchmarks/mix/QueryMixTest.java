package org.resourcelibrary.benchmarks.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class QueryMixTest {

    private final QueryMix mix = new QueryMix(Vocabulary.standard());
    private final List<QuerySpec> queries = mix.queries(QueryMix.DEFAULT_SEED, QueryMix.DEFAULT_SIZE);

    @Test
    void theSameSeedDrawsTheSameQueries() {
        assertThat(new QueryMix(Vocabulary.standard()).queries(QueryMix.DEFAULT_SEED, QueryMix.DEFAULT_SIZE))
                .isEqualTo(queries);
        assertThat(mix.queries(QueryMix.DEFAULT_SEED + 1, QueryMix.DEFAULT_SIZE)).isNotEqualTo(queries);
    }

    @Test
    void everyQueryIsAValidSearchRequest() {
        Vocabulary vocabulary = Vocabulary.standard();
        queries.forEach(query -> query.toRequest().validate(vocabulary));
    }

    @Test
    void theMixHasEveryKindOfTheSearchIssue() {
        assertThat(queries).anyMatch(QuerySpec::phrase);
        assertThat(queries).anyMatch(q -> q.text().isEmpty());
        for (int words = 1; words <= 4; words++) {
            int n = words;
            assertThat(queries).anyMatch(q -> !q.phrase() && q.words() == n);
        }
        for (int dimensions = 1; dimensions <= 3; dimensions++) {
            int n = dimensions;
            assertThat(queries).anyMatch(q -> q.filters().size() == n);
        }
        assertThat(queries).anyMatch(q -> q.filters().values().stream().anyMatch(values -> values.size() > 1));
        assertThat(queries).anyMatch(q -> q.sort() == Sort.NEWEST);
        assertThat(queries).anyMatch(q -> q.page() == QueryMix.DEEP_PAGE);
    }
}
