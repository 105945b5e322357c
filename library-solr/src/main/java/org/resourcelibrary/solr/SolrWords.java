package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.Spellings;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.WordsLanguage;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * What a search must know of its words before it is asked, as the embedded index knows it from its own terms, in
 * one request to the collection (across every shard): the words' close spellings from Solr's spell checker (the
 * same Lucene {@code DirectSpellChecker}, then bounded as {@link Spellings} bounds them), how many documents have
 * each word (the terms component), and, when the member's language is not given, each word's frequency in each
 * language's text and the length of those texts ({@link WordsLanguage}).
 */
final class SolrWords {

    /**
     * Close spellings Solr is asked for per word: the embedded checker ranks {@link Spellings#MAX_SPELLINGS} times
     * its inspections' worth of candidates, and the library then keeps those within the word's edits, so Solr
     * must return more than it keeps.
     */
    static final int CANDIDATES = Spellings.MAX_SPELLINGS * 5;
    /** The facet that sums each language's text length over the shards. */
    private static final String LENGTHS = "lengths";
    /** The terms component reads a list of terms split at commas: a token holding one cannot be looked up. */
    private static final String LIST_SEPARATOR = ",";

    private final Map<String, Long> documents;
    private final Map<String, List<SpellCheckResponse.Suggestion>> candidates;
    private final Map<String, Map<String, Long>> frequencies;
    private final Map<String, Long> lengths;
    private final Optional<String> language;

    private SolrWords(Map<String, Long> documents, Map<String, List<SpellCheckResponse.Suggestion>> candidates,
                      Map<String, Map<String, Long>> frequencies, Map<String, Long> lengths, UserQuery query,
                      boolean detect) {
        this.documents = documents;
        this.candidates = candidates;
        this.frequencies = frequencies;
        this.lengths = lengths;
        this.language = detect ? WordsLanguage.detect(query, new WordsLanguage.Statistics() {
            @Override
            public long length(String field) {
                return lengths.getOrDefault(field, 0L);
            }

            @Override
            public long frequency(String field, String token) {
                return frequencies.getOrDefault(field, Map.of()).getOrDefault(token, 0L);
            }
        }) : Optional.empty();
    }

    /** Nothing to know: a search without words, or one asked for nothing but its words as typed. */
    static SolrWords none() {
        return new SolrWords(Map.of(), Map.of(), Map.of(), Map.of(), new UserQuery(List.of()), false);
    }

    /** Whether the member's language is to be assumed from the query's words. */
    static boolean detects(SearchRequest request, UserQuery query) {
        return request.memberLanguage() == null && !WordsLanguage.words(query).isEmpty();
    }

    /** The one request that looks up the query's words, or null when it has none to look up. */
    static SolrQuery request(SearchRequest request, UserQuery query) {
        if (!query.hasText()) {
            return null;
        }
        Set<String> neutral = new LinkedHashSet<>();
        Set<String> misspellable = new LinkedHashSet<>();
        for (UserQuery.Word word : query.words()) {
            neutral.add(neutral(word.text()));
            String normalized = Spellings.normalize(word.text());
            if (normalized != null) {
                misspellable.add(normalized);
            }
        }
        boolean detect = detects(request, query);
        Set<String> tokens = new LinkedHashSet<>(neutral);
        List<String> fields = new ArrayList<>(List.of(Spellings.FIELD));
        if (detect) {
            WordsLanguage.words(query).forEach(word -> WordsLanguage.tokens(word).forEach(tokens::addAll));
            Analysis.LANGUAGES.forEach(language -> fields.add(WordsLanguage.field(language)));
        }
        tokens.removeIf(token -> token.isEmpty() || token.contains(LIST_SEPARATOR));
        SolrQuery solr = new SolrQuery("*:*");
        solr.setRows(0);
        if (!tokens.isEmpty()) {
            solr.set("terms", true);
            solr.set("terms.list", String.join(LIST_SEPARATOR, tokens));
            solr.set("terms.ttf", true);
            solr.set("terms.limit", -1);
            fields.forEach(field -> solr.add("terms.fl", field));
        }
        if (detect) {
            // A field's length on a shard, summed over the shard's documents as a share of each: the facet then
            // sums the shards, where a function alone would answer one shard's. The length is a function query's
            // score, so that its statistics are read (a facet does not prepare the function itself).
            StringBuilder sums = new StringBuilder();
            for (String language : Analysis.LANGUAGES) {
                String field = WordsLanguage.field(language);
                solr.set(LENGTHS + field, "{!func}sumtotaltermfreq(" + field + ")");
                sums.append(sums.isEmpty() ? "" : ",").append('"').append(field).append("\":\"sum(div(query($")
                        .append(LENGTHS).append(field).append("),numdocs()))\"");
            }
            solr.set("json.facet", "{\"" + LENGTHS + "\":{\"type\":\"query\",\"domain\":{\"query\":\"*:*\"},"
                    + "\"facet\":{" + sums + "}}}");
        }
        if (!misspellable.isEmpty()) {
            solr.set("spellcheck", true);
            solr.set("spellcheck.dictionary", SolrFields.SPELLINGS);
            solr.set("spellcheck.q", String.join(" ", misspellable));
            solr.set("spellcheck.count", CANDIDATES);
            solr.set("spellcheck.onlyMorePopular", true);
            solr.set("spellcheck.extendedResults", true);
        }
        return tokens.isEmpty() && !detect && misspellable.isEmpty() ? null : solr;
    }

    /** What the request found. */
    static SolrWords of(QueryResponse response, SearchRequest request, UserQuery query) {
        Map<String, Long> documents = new HashMap<>();
        Map<String, Map<String, Long>> frequencies = new HashMap<>();
        if (response.getResponse().get("terms") instanceof NamedList<?> terms) {
            for (Map.Entry<String, ?> field : terms) {
                Map<String, Long> byToken = new HashMap<>();
                for (Map.Entry<String, ?> term : (NamedList<?>) field.getValue()) {
                    long[] counts = counts(term.getValue());
                    byToken.put(term.getKey(), counts[1]);
                    if (field.getKey().equals(Spellings.FIELD)) {
                        documents.put(term.getKey(), counts[0]);
                    }
                }
                frequencies.put(field.getKey(), byToken);
            }
        }
        Map<String, Long> lengths = new HashMap<>();
        if (response.getResponse().get("facets") instanceof NamedList<?> facets
                && facets.get(LENGTHS) instanceof NamedList<?> sums) {
            for (Map.Entry<String, ?> sum : sums) {
                if (sum.getValue() instanceof Number length && !sum.getKey().equals("count")) {
                    lengths.put(sum.getKey(), Math.round(length.doubleValue()));
                }
            }
        }
        Map<String, List<SpellCheckResponse.Suggestion>> candidates = new LinkedHashMap<>();
        if (response.getSpellCheckResponse() != null) {
            for (SpellCheckResponse.Suggestion suggestion : response.getSpellCheckResponse().getSuggestions()) {
                candidates.computeIfAbsent(suggestion.getToken(), t -> new ArrayList<>()).add(suggestion);
            }
        }
        return new SolrWords(documents, candidates, frequencies, lengths, query, detects(request, query));
    }

    /** The request as the member whose language the words are in makes it (unchanged when none is clear). */
    SearchRequest assumingLanguage(SearchRequest request) {
        return language.map(code -> request.withMemberLanguage(new MemberLanguage(code, MemberLanguage.Source.QUERY)))
                .orElse(request);
    }

    /** Whether the library's text has a word (as the language-neutral analysis indexes it). */
    boolean inText(String word) {
        return documents.getOrDefault(neutral(word), 0L) > 0;
    }

    /** The close spellings of the plain words of {@code query}, as the embedded index finds them. */
    Spellings spellings(UserQuery query) {
        Map<String, List<String>> spellings = new HashMap<>();
        for (UserQuery.Word word : query.words()) {
            String normalized = Spellings.normalize(word.text());
            if (normalized != null && !spellings.containsKey(normalized)) {
                spellings.put(normalized, closeSpellings(normalized));
            }
        }
        return new Spellings(spellings);
    }

    /**
     * A word's close spellings: Solr's candidates, best first, within the word's edits and more common than it
     * (any when it is unknown), the first {@link Spellings#MAX_SPELLINGS} of them, then those that may stand for
     * it ({@link Spellings#standsFor}).
     */
    private List<String> closeSpellings(String normalized) {
        long frequency = documents.getOrDefault(normalized, 0L);
        List<String> close = new ArrayList<>();
        int considered = 0;
        for (SpellCheckResponse.Suggestion suggestion : candidates.getOrDefault(normalized, List.of())) {
            List<String> alternatives = suggestion.getAlternatives();
            List<Integer> counts = suggestion.getAlternativeFrequencies();
            for (int i = 0; i < alternatives.size() && considered < Spellings.MAX_SPELLINGS; i++) {
                long closeFrequency = counts == null ? 0 : counts.get(i);
                if (closeFrequency <= frequency || Edits.between(normalized, alternatives.get(i))
                        > Spellings.maxEdits(normalized)) {
                    continue;
                }
                considered++;
                if (Spellings.standsFor(frequency, closeFrequency)) {
                    close.add(alternatives.get(i));
                }
            }
        }
        return List.copyOf(close);
    }

    /** {df, ttf} of a term in the terms component's answer (a count alone, or both by name). */
    private static long[] counts(Object value) {
        if (value instanceof Number df) {
            return new long[] {df.longValue(), df.longValue()};
        }
        NamedList<?> stats = (NamedList<?>) value;
        return new long[] {((Number) stats.get("df")).longValue(), ((Number) stats.get("ttf")).longValue()};
    }

    private static String neutral(String word) {
        return Analysis.neutral().normalize(Spellings.FIELD, word).utf8ToString();
    }
}
