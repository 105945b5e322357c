package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.UserQuery;

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
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Word;

/**
 * Typo tolerance, as Meilisearch users expect: a word the library does not know, or knows far less than a
 * close spelling, also matches its close spellings — one edit from {@value #ONE_EDIT_FROM} letters, two
 * from {@value #TWO_EDITS_FROM}. The spellings come from the library's own text. Looked up once per
 * query: the same corrections serve matching and "did you mean".
 */
public final class Typos {

    /** Words this long or longer tolerate one edit. */
    public static final int ONE_EDIT_FROM = 5;
    /** Words this long or longer tolerate two edits. */
    public static final int TWO_EDITS_FROM = 9;
    /** A known word also matches a close spelling this many times more common than itself. */
    public static final int MORE_COMMON_RATIO = 20;
    /** Close spellings added per word. */
    public static final int MAX_SPELLINGS = 3;

    private static final String FIELD = Schema.BODY;

    private final Map<String, List<String>> spellings;

    private Typos(Map<String, List<String>> spellings) {
        this.spellings = spellings;
    }

    /** Looks up the close spellings of every plain word of {@code query} in the library's vocabulary. */
    public static Typos of(UserQuery query, IndexReader reader) {
        Map<String, List<String>> spellings = new HashMap<>();
        for (Word word : query.words()) {
            String normalized = normalize(word.text());
            if (normalized != null && !spellings.containsKey(normalized)) {
                spellings.put(normalized, lookUp(normalized, reader));
            }
        }
        return new Typos(spellings);
    }

    /** No typo tolerance (for exact evaluation runs and tests). */
    public static Typos none() {
        return new Typos(Map.of());
    }

    /** The close spellings (as indexed, language-neutral) a word should also match, best first; often empty. */
    public List<String> closeSpellings(String word) {
        String normalized = normalize(word);
        return normalized == null ? List.of() : spellings.getOrDefault(normalized, List.of());
    }

    /**
     * The query with each unknown (or far rarer than a close spelling) word replaced by its most common
     * close spelling, or null when no word needs correcting.
     */
    public String didYouMean(UserQuery query) {
        List<Group> corrected = new ArrayList<>();
        boolean changed = false;
        for (Group group : query.groups()) {
            List<UserQuery.Clause> alternatives = new ArrayList<>();
            for (UserQuery.Clause clause : group.alternatives()) {
                List<String> close = clause instanceof Word word && !word.prefix()
                        ? closeSpellings(word.text()) : List.of();
                if (!close.isEmpty()) {
                    alternatives.add(new Word(close.get(0), ((Word) clause).field(), false));
                    changed = true;
                } else {
                    alternatives.add(clause);
                }
            }
            corrected.add(new Group(alternatives, group.prohibited(), group.required()));
        }
        return changed ? new UserQuery(corrected).render() : null;
    }

    /**
     * Close spellings more common than the word, most common first: any when the word is unknown; when it
     * is known, only those {@link #MORE_COMMON_RATIO} times more common.
     */
    private static List<String> lookUp(String normalized, IndexReader reader) {
        try {
            Term term = new Term(FIELD, normalized);
            int frequency = reader.docFreq(term);
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMaxEdits(normalized.length() >= TWO_EDITS_FROM ? 2 : 1);
            checker.setMinPrefix(0);
            checker.setMinQueryLength(ONE_EDIT_FROM);
            SuggestWord[] suggestions = checker.suggestSimilar(term, MAX_SPELLINGS, reader,
                    frequency == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR);
            List<String> close = new ArrayList<>();
            for (SuggestWord suggestion : suggestions) {
                if (frequency == 0 || suggestion.freq >= (long) frequency * MORE_COMMON_RATIO) {
                    close.add(suggestion.string);
                }
            }
            return List.copyOf(close);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's terms failed", e);
        }
    }

    /** The word as indexed in the neutral field, or null when it is not a single word long enough to fix. */
    private static String normalize(String word) {
        if (word.codePointCount(0, word.length()) < ONE_EDIT_FROM || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        BytesRef normalized = Analysis.neutral().normalize(FIELD, word);
        return normalized.utf8ToString();
    }
}
