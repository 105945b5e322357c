package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.lucene.Snapshot;
import org.resourcelibrary.core.lucene.query.Expanded;
import org.resourcelibrary.core.lucene.query.LanguagePreference;
import org.resourcelibrary.core.lucene.query.QueryLanguage;
import org.resourcelibrary.core.search.query.FeedbackWords;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.lucene.query.QueryTranslator;
import org.resourcelibrary.core.lucene.query.QueryTranslator.Matching;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.query.StopWords;
import org.resourcelibrary.core.lucene.query.Typos;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.thesaurus.QueryExpansion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The search's first stages, parse and plan: a request understood as the queries that match and rank it (the
 * words as typed, the thesaurus's variants, the relaxations for when no document has every word), the member's
 * language and the selections ({@link Plan}). {@link LuceneSearcher} runs the plan.
 */
final class Planner {

    private final UserQueryParser parser;
    private final Ranking ranking;
    private final QueryTranslator translator;
    private final LanguagePreference preference;

    Planner(Vocabulary vocabulary, Ranking ranking) {
        this.parser = new UserQueryParser(vocabulary);
        this.ranking = ranking;
        this.translator = new QueryTranslator(ranking);
        this.preference = new LanguagePreference(ranking);
    }

    /** @param searcher the searcher the plan is run with (its look-ups of the query's words are shared) */
    Plan plan(SearchRequest request, Snapshot snapshot, IndexSearcher searcher, Thesaurus thesaurus)
            throws IOException {
        UserQuery parsed = parser.parse(request.query());
        UserQuery browsing = StopWords.withoutUnsearchableText(parsed);
        UserQuery userQuery = browsing == null ? parsed : browsing;
        boolean hasText = userQuery.hasText();
        QueryExpansion crossing = hasText ? QueryExpansion.of(userQuery, thesaurus, request.expand())
                : QueryExpansion.none(userQuery);
        Typos typos = hasText ? Typos.of(crossing.unnamedWords(word -> inText(snapshot.getIndexReader(), word)),
                snapshot.getIndexReader()) : Typos.none();
        int words = QueryWords.content(userQuery);
        boolean expand = FeedbackWords.expands(words) && request.sort() == Sort.RELEVANCE;
        boolean strict = request.match() == Match.ALL;
        MemberLanguage language = memberLanguage(request, userQuery, searcher);
        // Only a ranking by relevance has scores to prefer by; a language assumed for want of any other says
        // nothing about the member, so it is not preferred (a shared word such as "supervision" ranks the same
        // in every language).
        String preferred = hasText && request.sort() == Sort.RELEVANCE
                && language.source() != MemberLanguage.Source.DEFAULT ? language.code() : null;
        // A query of more words than must all match needs no other word repeated in a variant; and one of its
        // words naming a vocabulary value ("reports" in a question) does not ask for every document tagged so.
        // With match=all every word must hold, so each variant keeps the query's other words.
        boolean wordsOptional = words > QueryWords.ALL_WORDS_UP_TO && !strict;
        Query first = Expanded.of(translator.translate(userQuery, strict ? Matching.ALL : Matching.AUTO, typos),
                (wordsOptional ? List.<UserQuery>of() : crossing.tagged()).stream()
                        .map(v -> translator.translate(v, Matching.ALL, typos)).toList(),
                crossing.variants(wordsOptional).stream()
                        .map(v -> translator.translate(v, Matching.ALL, typos)).toList(),
                QueryExpansion.WEIGHT, ranking.tieBreaker());
        List<UserQuery> anyWord = crossing.variants(true);
        List<Query> relaxed = new ArrayList<>();
        if (hasText && !strict) {
            List<Query> steps = relaxations(userQuery, words, typos);
            for (int i = 0; i < steps.size(); i++) {
                // The last step takes any word, and so any of the thesaurus's labels too.
                Query step = i < steps.size() - 1 ? steps.get(i) : Expanded.of(steps.get(i), anyWord.stream()
                        .map(v -> translator.translate(v, Matching.ANY, typos))
                        .toList(), QueryExpansion.WEIGHT);
                relaxed.add(preference.apply(step, preferred));
            }
        }
        return new Plan(userQuery, typos, preference.apply(first, preferred), List.copyOf(relaxed),
                preference.apply(translator.proximity(userQuery), preferred),
                expand, words, Selections.of(request, snapshot.facetOrdinals()),
                LuceneSearcher.sortFields(request.sort()),
                hasText ? field -> Expanded.of(translator.marks(userQuery, typos, field), anyWord.stream()
                        .map(v -> translator.marks(v, typos, field)).toList(),
                        QueryExpansion.WEIGHT) : null,
                browsing != null || parsed.isEmpty() && !UserQueryParser.asksForEverything(request.query()),
                language, preferred, crossing.expansions());
    }

    /**
     * The language the member reads: as the request says (the member or the browser), else the language of
     * the query's words, else the library's default.
     */
    private static MemberLanguage memberLanguage(SearchRequest request, UserQuery query, IndexSearcher searcher)
            throws IOException {
        if (request.memberLanguage() != null) {
            return request.memberLanguage();
        }
        return QueryLanguage.detect(query, searcher)
                .map(code -> new MemberLanguage(code, MemberLanguage.Source.QUERY))
                .orElse(new MemberLanguage(Vocabulary.DEFAULT_LANGUAGE, MemberLanguage.Source.DEFAULT));
    }

    /**
     * What to search for when no document has every word of a keyword query, in turn until one finds
     * something: documents with all the words but one, then all but two, ..., then with any of them (which
     * also loosens a word of several parts, such as "e-learning", to any of its parts).
     */
    private List<Query> relaxations(UserQuery userQuery, int words, Typos typos) {
        List<Query> relaxations = new ArrayList<>();
        if (words <= QueryWords.ALL_WORDS_UP_TO) {
            for (int most = QueryWords.optional(userQuery) - 1; most > 1; most--) {
                relaxations.add(translator.relaxed(userQuery, most, typos));
            }
        }
        relaxations.add(translator.translate(userQuery, Matching.ANY, typos));
        return relaxations;
    }

    /** Whether the library's text has a word (as the language-neutral analysis indexes it). */
    private static boolean inText(IndexReader reader, String word) {
        try {
            return reader.docFreq(new Term(Schema.BODY, Analysis.neutral().normalize(Schema.BODY, word))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's terms failed", e);
        }
    }
}
