package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.resourcelibrary.core.search.query.Spellings;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQuery.Word;

/**
 * The close spellings of a query's words ({@link Spellings}: typo tolerance and "did you mean"), looked up in
 * the index's terms with Lucene's {@link DirectSpellChecker}, once per query.
 */
public final class Typos {

    private static final Typos NONE = new Typos(Spellings.none());

    private final Spellings spellings;

    private Typos(Spellings spellings) {
        this.spellings = spellings;
    }

    /** Looks up the close spellings of every plain word of {@code query} in the library's vocabulary. */
    public static Typos of(UserQuery query, IndexReader reader) {
        Map<String, List<String>> spellings = new HashMap<>();
        for (Word word : query.words()) {
            String normalized = Spellings.normalize(word.text());
            if (normalized != null && !spellings.containsKey(normalized)) {
                spellings.put(normalized, lookUp(normalized, reader));
            }
        }
        return new Typos(new Spellings(spellings));
    }

    /** No typo tolerance (for exact evaluation runs and tests). */
    public static Typos none() {
        return NONE;
    }

    /** The close spellings (as indexed, language-neutral) a word should also match, best first; often empty. */
    public List<String> closeSpellings(String word) {
        return spellings.closeSpellings(word);
    }

    /** See {@link Spellings#didYouMean}. */
    public String didYouMean(UserQuery query) {
        return spellings.didYouMean(query);
    }

    /**
     * Close spellings more common than the word, most common first: any when the word is unknown; when it
     * is known, only those {@link Spellings#MORE_COMMON_RATIO} times more common.
     */
    private static List<String> lookUp(String normalized, IndexReader reader) {
        try {
            Term term = new Term(Spellings.FIELD, normalized);
            int frequency = reader.docFreq(term);
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMaxEdits(Spellings.maxEdits(normalized));
            checker.setMinPrefix(0);
            checker.setMinQueryLength(Spellings.ONE_EDIT_FROM);
            SuggestWord[] suggestions = checker.suggestSimilar(term, Spellings.MAX_SPELLINGS, reader,
                    frequency == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR);
            List<String> close = new ArrayList<>();
            for (SuggestWord suggestion : suggestions) {
                if (Spellings.standsFor(frequency, suggestion.freq)) {
                    close.add(suggestion.string);
                }
            }
            return List.copyOf(close);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's terms failed", e);
        }
    }
}
