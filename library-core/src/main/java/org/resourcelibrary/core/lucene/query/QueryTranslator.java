package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.query.StopWords;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.search.query.UserQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Filter;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Labels;
import org.resourcelibrary.core.search.query.UserQuery.Nested;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Translation;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.query.UserQuery.YearRange;

/**
 * Turns a parsed query into a Lucene query over the schema's fields.
 *
 * <p>Each word is searched in every text field, both language-neutral and in the form each language's
 * analysis gives it (so a stemmed French form finds French documents, an accent-free form finds accented
 * text), taking the best field (dis-max). Words the library does not know, or knows far less than a close
 * spelling, also match their close spellings, weighted lower so exact matches rank first. The words'
 * nearness to each other in the text and title adds to the score.
 */
public final class QueryTranslator {

    /** How the query's words must match. Words joined by {@code AND} must match in every one. */
    public enum Matching {
        /** Every word must match, however many the query has (stop words aside). */
        ALL,
        /** Every word of a keyword query must match (stop words aside); any of a longer one. */
        AUTO,
        /** Any word may match; more matching words rank higher. */
        ANY
    }

    /** Any one word (none when words joined by {@code AND} decide): the loosest matching. */
    private static final int ANY_FLOOR = -1;

    private final Ranking ranking;
    /**
     * The body field this translator makes {@link #marks} queries for (each word a term query in that field
     * only), or null when it makes ranking queries.
     */
    private final String marked;

    public QueryTranslator(Ranking ranking) {
        this(ranking, null);
    }

    private QueryTranslator(Ranking ranking, String marked) {
        this.ranking = ranking;
        this.marked = marked;
    }

    /**
     * The Lucene query for {@code query}: a match-all query when it has nothing positive to match. It decides
     * which documents match and gives each its first score; {@link #proximity} adds to that score.
     *
     * @param typos the close spellings of the query's words
     */
    public Query translate(UserQuery query, Matching matching, Typos typos) {
        return translate(query, matching, ANY_FLOOR, typos);
    }

    /**
     * The query relaxed to the documents with at least {@code words} of its words not joined by {@code AND}
     * (stop words aside): words joined by {@code AND} and exclusions still hold.
     */
    public Query relaxed(UserQuery query, int words, Typos typos) {
        return translate(query, Matching.ANY, words, typos);
    }

    /** @param anyAtLeast with {@link Matching#ANY}, how many optional words must match ({@link #ANY_FLOOR}: one) */
    private Query translate(UserQuery query, Matching matching, int anyAtLeast, Typos typos) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<Query> words = new ArrayList<>();
        boolean positive = false;
        for (Group group : query.groups()) {
            // Close spellings widen what a word matches: an excluded word excludes itself only.
            Query groupQuery = group(group, matching, group.prohibited() ? Typos.none() : typos);
            if (group.prohibited()) {
                root.add(groupQuery, Occur.MUST_NOT);
            } else if (group.isFilter()) {
                root.add(groupQuery, Occur.FILTER);
            } else if (StopWords.isStopWord(group)) {
                root.add(groupQuery, Occur.SHOULD);
            } else if (group.required()) {
                root.add(groupQuery, Occur.MUST);
                positive = true;
            } else {
                words.add(groupQuery);
            }
        }
        if (!words.isEmpty()) {
            BooleanQuery.Builder some = new BooleanQuery.Builder();
            words.forEach(q -> some.add(q, Occur.SHOULD));
            int wanted = mustMatch(matching, QueryWords.content(query), words.size(), positive, anyAtLeast);
            some.setMinimumNumberShouldMatch(wanted);
            root.add(some.build(), wanted > 0 ? Occur.MUST : Occur.SHOULD);
            positive = positive || wanted > 0;
        }
        if (!positive) {
            // Only exclusions, filters or stop words: the library, less what is excluded.
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return root.build();
    }

    /**
     * The query whose matches snippets mark in one body field (neutral, or a language's): the same words,
     * phrases and close spellings as {@link #translate} in that field only, each word a plain term query. The
     * highlighter finds a query's matches document by document, every clause in turn: a combined-field query
     * looked up its terms in every segment again for each document, and the clauses of the other fields
     * (which the highlighter then drops) took most of what was left.
     *
     * @param bodyField {@link Schema#BODY} or one of its language fields
     */
    public Query marks(UserQuery query, Typos typos, String bodyField) {
        return new QueryTranslator(ranking, bodyField).translate(query, Matching.ANY, typos);
    }

    /**
     * What two consecutive plain words of the query near each other (in the title or text) add to a
     * document's score, or null when the query has no two such words. It never decides whether a document
     * matches, so it can be scored for the best first answers only.
     */
    public Query proximity(UserQuery query) {
        List<String> plainWords = new ArrayList<>();
        for (Group group : query.groups()) {
            if (!group.prohibited() && group.alternatives().size() == 1
                    && group.alternatives().get(0) instanceof Word word && word.field() == null && !word.prefix()
                    && !StopWords.isStopWord(word)) {
                plainWords.add(word.text());
            }
        }
        if (plainWords.size() < 2) {
            return null;
        }
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (int i = 1; i < plainWords.size(); i++) {
            near.add(proximity(plainWords.get(i - 1) + " " + plainWords.get(i)), Occur.SHOULD);
        }
        return near.build();
    }

    /**
     * How many of a query's {@code optional} words (those not joined by {@code AND}) a document must have:
     * all of a keyword query; any of a longer one, ranked by how many and how well they match (a question
     * typed as a sentence names more words than any one answer uses: requiring even three of them loses a
     * third of the relevant documents on Cranfield). None when words joined by {@code AND} already decide.
     *
     * @param words      the query's words, stop words aside
     * @param required   whether some words are joined by {@code AND}
     * @param anyAtLeast with {@link Matching#ANY}: how many optional words, or {@link #ANY_FLOOR}
     */
    static int mustMatch(Matching matching, int words, int optional, boolean required, int anyAtLeast) {
        if (matching == Matching.ALL || matching == Matching.AUTO && words <= QueryWords.ALL_WORDS_UP_TO) {
            return optional;
        }
        if (matching == Matching.ANY && anyAtLeast != ANY_FLOOR) {
            return Math.min(anyAtLeast, optional);
        }
        return required ? 0 : 1;
    }

    private Query group(Group group, Matching matching, Typos typos) {
        if (group.alternatives().size() == 1) {
            return clause(group.alternatives().get(0), matching, typos);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Clause clause : group.alternatives()) {
            any.add(clause(clause, matching, typos), Occur.SHOULD);
        }
        return any.build();
    }

    private Query clause(Clause clause, Matching matching, Typos typos) {
        if (clause instanceof Nested nested) {
            // Parenthesised, or an AND / NOT inside an OR: as written, every part required.
            return translate(nested.query(), Matching.ALL, ANY_FLOOR, typos);
        }
        if (clause instanceof Word word) {
            return word.prefix() ? prefix(word) : word(word, matching, typos);
        }
        if (clause instanceof Phrase phrase) {
            return phrase(phrase);
        }
        if (clause instanceof Labels labels) {
            return labels(labels);
        }
        if (clause instanceof Filter filter) {
            return new TermQuery(new Term(Schema.keywordField(filter.dimension()),
                    filter.value().toLowerCase(Locale.ROOT)));
        }
        YearRange range = (YearRange) clause;
        return IntPoint.newRangeQuery(Schema.YEAR, range.from(), range.to());
    }

    private Query word(Word word, Matching matching, Typos typos) {
        List<String> parts = Analysis.tokens(Analysis.neutral(), word.text());
        if (parts.size() > 1) {
            return compound(word, parts, matching, typos);
        }
        List<Query> alternatives = new ArrayList<>();
        // A stop word of any language is noise in the unstemmed fields, which keep every word; the
        // language fields decide whether it matters (e.g. "de" is a word in English, not in Spanish).
        if (!StopWords.isStopWord(word) && searches(null)) {
            addCombined(alternatives, word, null, ranking.neutral());
        }
        addLanguages(alternatives, word);
        for (String spelling : searches(null) ? typos.closeSpellings(word.text()) : List.<String>of()) {
            alternatives.add(new BoostQuery(combined(word.field(), null, spelling),
                    ranking.neutral() * ranking.typo()));
        }
        return dismax(alternatives);
    }

    /**
     * A word that is several words ("load-deflection", "e-learning", "COVID-19"): its parts, as the query's
     * words are, and the parts in sequence as a proximity boost.
     */
    private Query compound(Word word, List<String> parts, Matching matching, Typos typos) {
        BooleanQuery.Builder compound = new BooleanQuery.Builder();
        for (String part : parts) {
            compound.add(word(new Word(part, word.field(), false), matching, typos),
                    matching == Matching.ANY ? Occur.SHOULD : Occur.MUST);
        }
        compound.add(new BoostQuery(phrase(new Phrase(String.join(" ", parts), word.field())), ranking.proximity()),
                Occur.SHOULD);
        return compound.build();
    }

    /**
     * The word in the neutral fields (or, when marking, one language's), scored as one combined field (BM25F)
     * with the fields' weights: a word in the title counts more than in the text, without the title and text
     * scores being added up as if they were separate evidence.
     */
    private void addCombined(List<Query> into, Word word, String language, float boost) {
        String textField = language == null ? Schema.BODY : Schema.languageField(Schema.BODY, language);
        List<String> tokens = Analysis.tokens(Schema.analyzer(textField), word.text());
        if (tokens.size() == 1) {
            into.add(new BoostQuery(combined(word.field(), language, tokens.get(0)), boost));
        } else if (tokens.size() > 1) {
            addPhrases(into, word, language, boost);
        }
    }

    /**
     * The word in every language's fields, in the form each language's analysis gives it, scored as one
     * combined field whose statistics are blended across the languages ({@link FieldGroupQuery#acrossLanguages}):
     * a word is as rare in a small language as in the library, so the language with the fewest documents does
     * not win. A word one analysis makes several tokens of is a phrase in that language's fields.
     */
    private void addLanguages(List<Query> into, Word word) {
        if (marked != null) {
            // Marking: one language's text field, term by term.
            for (String language : Analysis.LANGUAGES) {
                if (searches(language)) {
                    addCombined(into, word, language, 1f);
                }
            }
            return;
        }
        FieldGroupQuery across = acrossLanguages(word, into);
        if (across != null) {
            into.add(across);
        }
    }

    /**
     * The word in every language's fields where it is one token, statistics blended across them (null when
     * no language makes one token of it); where one analysis makes several tokens of it, a phrase in that
     * language's fields is added to {@code phrases}, unless null.
     */
    private FieldGroupQuery acrossLanguages(Word word, List<Query> phrases) {
        Map<String, Map<String, Float>> weights = new LinkedHashMap<>();
        Map<String, BytesRef> terms = new LinkedHashMap<>();
        for (String language : Analysis.LANGUAGES) {
            List<String> tokens = Analysis.tokens(Schema.analyzer(Schema.languageField(Schema.BODY, language)),
                    word.text());
            if (tokens.size() == 1) {
                weights.put(language, fieldWeights(word.field(), language));
                terms.put(language, new BytesRef(tokens.get(0)));
            } else if (tokens.size() > 1 && phrases != null) {
                addPhrases(phrases, word, language, 1f);
            }
        }
        return terms.isEmpty() ? null : FieldGroupQuery.acrossLanguages(weights, terms);
    }

    /**
     * A concept's labels in other languages, each in its own language's fields: the single-word labels as one
     * combined field across their languages, scored with the statistics of the words typed (so a label is as
     * rare as what the member typed, whatever the number of documents in its language); a label of several
     * words is a phrase in its language's fields.
     */
    private Query labels(Labels labels) {
        List<Query> alternatives = new ArrayList<>();
        Map<String, Map<String, Float>> weights = new LinkedHashMap<>();
        Map<String, BytesRef> terms = new LinkedHashMap<>();
        List<FieldGroupQuery> typed = new ArrayList<>();
        for (String text : marked == null ? labels.typed() : List.<String>of()) {
            Word word = new Word(text, null, false);
            FieldGroupQuery across = StopWords.isStopWord(word) ? null : acrossLanguages(word, null);
            if (across != null) {
                typed.add(across);
            }
        }
        for (Translation label : labels.translations()) {
            Word word = new Word(label.text(), null, false);
            List<String> tokens = Analysis.tokens(Schema.analyzer(Schema.languageField(Schema.BODY,
                    label.language())), label.text());
            if (marked != null) {
                if (searches(label.language())) {
                    addCombined(alternatives, word, label.language(), 1f);
                }
            } else if (tokens.size() == 1 && !terms.containsKey(label.language())) {
                weights.put(label.language(), fieldWeights(null, label.language()));
                terms.put(label.language(), new BytesRef(tokens.get(0)));
            } else if (tokens.size() == 1) {
                // A second single-word label in the same language: a group of its own, scored the same way.
                alternatives.add(new FieldGroupQuery(fieldWeights(null, label.language()),
                        new BytesRef(tokens.get(0))).scoredAs(typed));
            } else if (tokens.size() > 1) {
                List<Query> phrases = new ArrayList<>();
                addPhrases(phrases, word, label.language(), 1f);
                phrases.forEach(phrase -> alternatives.add(AsRareAsTyped.phrase(phrase, typed)));
            }
        }
        if (!terms.isEmpty()) {
            alternatives.add(FieldGroupQuery.acrossLanguages(weights, terms).scoredAs(typed));
        }
        if (labels.tagged() == null || marked != null) {
            return dismax(alternatives);
        }
        // Tagged with the concept the words name: evidence a librarian gave, added to what the labels score.
        Query tagged = AsRareAsTyped.constant(new ConstantScoreQuery(clause(labels.tagged(), Matching.ALL,
                Typos.none())), typed, Ranking.TAGGED);
        if (alternatives.isEmpty()) {
            return tagged;
        }
        return new BooleanQuery.Builder().add(dismax(alternatives), Occur.SHOULD).add(tagged, Occur.SHOULD).build();
    }

    /** One typed word, several tokens ("e-learning"): a phrase in each field. */
    private void addPhrases(List<Query> into, Word word, String language, float boost) {
        for (String field : fields(word.field())) {
            addPhrase(into, field, language, word.text(), weight(field) * boost);
        }
    }

    private Query combined(String restriction, String language, String token) {
        if (marked != null) {
            List<Query> terms = new ArrayList<>();
            for (String field : fields(restriction)) {
                terms.add(new TermQuery(new Term(language == null ? field : Schema.languageField(field, language),
                        token)));
            }
            return dismax(terms);
        }
        return new FieldGroupQuery(fieldWeights(restriction, language), new BytesRef(token));
    }

    /** The fields a word is searched in, in one language's form (or the neutral one), with their weights. */
    private Map<String, Float> fieldWeights(String restriction, String language) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String field : fields(restriction)) {
            weights.put(language == null ? field : Schema.languageField(field, language), weight(field));
        }
        return weights;
    }

    private Query phrase(Phrase phrase) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : fields(phrase.field())) {
            float weight = weight(field);
            if (searches(null)) {
                addPhrase(alternatives, field, null, phrase.text(), weight * ranking.neutral());
            }
            for (String language : Analysis.LANGUAGES) {
                if (searches(language)) {
                    addPhrase(alternatives, field, language, phrase.text(), weight);
                }
            }
        }
        return dismax(alternatives);
    }

    private Query prefix(Word word) {
        BytesRef normalized = Analysis.neutral().normalize(Schema.BODY, word.text());
        List<Query> alternatives = new ArrayList<>();
        for (String field : searches(null) ? fields(word.field()) : List.<String>of()) {
            alternatives.add(new BoostQuery(new PrefixQuery(new Term(field, BytesRef.deepCopyOf(normalized))),
                    weight(field) * ranking.neutral()));
        }
        return dismax(alternatives);
    }

    /** Two consecutive words of the query near each other (within the slop) in the title or text add to the score. */
    private Query proximity(String words) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : List.of(Schema.TITLE, Schema.BODY)) {
            float weight = weight(field) * ranking.proximity();
            addNear(alternatives, field, words, weight * ranking.neutral());
            for (String language : Analysis.LANGUAGES) {
                addNear(alternatives, Schema.languageField(field, language), words, weight);
            }
        }
        return dismax(alternatives);
    }

    private void addNear(List<Query> into, String field, String words, float boost) {
        Query near = new QueryBuilder(Schema.analyzer(field)).createPhraseQuery(field, words, ranking.proximitySlop());
        if (near != null) {
            into.add(new BoostQuery(SharedTermsPhraseQuery.of(near), boost));
        }
    }

    /** The text as a phrase in one text field, neutral ({@code language} null) or in a language's analysis. */
    private void addPhrase(List<Query> into, String textField, String language, String text, float boost) {
        String field = language == null ? textField : Schema.languageField(textField, language);
        Analyzer analyzer = Schema.analyzer(field);
        Query query = new QueryBuilder(analyzer).createPhraseQuery(field, text);
        if (query == null) {
            return;
        }
        boolean paired = marked == null && query instanceof PhraseQuery && Schema.PAIRED_FIELDS.contains(textField);
        List<String> pairs = paired ? Analysis.phrasePairs(analyzer, text) : List.of();
        query = SharedTermsPhraseQuery.of(query);
        if (!pairs.isEmpty()) {
            // Positions are read only where the phrase's pairs are (the filter adds nothing to the score).
            query = new BooleanQuery.Builder().add(query, Occur.MUST).add(new PairsFilter(field, pairs), Occur.FILTER)
                    .build();
        }
        into.add(new BoostQuery(query, boost));
    }

    private Query dismax(List<Query> alternatives) {
        if (alternatives.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in this part of the query");
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : new DisjunctionMaxQuery(alternatives, ranking.tieBreaker());
    }

    /** Whether words are searched in an analysis: the language-neutral one ({@code language} null) or a language's. */
    private boolean searches(String analysis) {
        return marked == null
                || marked.equals(analysis == null ? Schema.BODY : Schema.languageField(Schema.BODY, analysis));
    }

    private List<String> fields(String restriction) {
        if (marked != null) {
            return restriction == null || restriction.equals(Schema.BODY) ? List.of(Schema.BODY) : List.of();
        }
        return restriction == null ? Schema.TEXT_FIELDS : List.of(restriction);
    }

    private float weight(String field) {
        return switch (field) {
            case Schema.TITLE -> ranking.title();
            case Schema.SUMMARY -> ranking.summary();
            default -> ranking.body();
        };
    }
}
