package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.WordsLanguage;

/**
 * The language a query is written in, from its words ({@link WordsLanguage}), with the term statistics of the
 * index the search reads.
 */
public final class QueryLanguage {

    private QueryLanguage() {
    }

    /**
     * The language the query's words are in, if clear; empty without words or when they say nothing.
     *
     * @param searcher the search's searcher: with a {@link TermCachingSearcher}, the words' look-ups are the
     *                 ones the search then makes in the same fields, done once
     */
    public static Optional<String> detect(UserQuery query, IndexSearcher searcher) throws IOException {
        try {
            return WordsLanguage.detect(query, new WordsLanguage.Statistics() {
                @Override
                public long length(String field) {
                    try {
                        return searcher.getIndexReader().getSumTotalTermFreq(field);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public long frequency(String field, String token) {
                    try {
                        return TermCachingSearcher.termStates(searcher, new Term(field, token)).totalTermFreq();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
