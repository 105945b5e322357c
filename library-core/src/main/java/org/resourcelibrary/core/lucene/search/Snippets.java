package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Snippet;

/**
 * Snippets: the best passages of each hit's text around the query's matches, HTML-escaped with
 * {@code <mark>} around the matched words, each with the page it is on.
 *
 * <p>Matches are taken from both the language-neutral text and the text analysed in the document's
 * language (where stemmed forms matched); the text itself is stored once and offsets come from the
 * postings, so long documents need no re-analysis.
 */
public final class Snippets {

    /** Passages per hit. */
    static final int PASSAGES = 2;
    /**
     * Target passage length in characters. Passages start and end between words: a sentence break
     * iterator placed them on sentence boundaries, but walking sentences through long texts cost every search
     * much of its CPU time, and the page marks a cut passage with "…" anyway.
     */
    static final int PASSAGE_LENGTH = 220;
    /** Where in a passage its first match is placed (0 = start, 1 = end). */
    static final float MATCH_POSITION = 0.3f;
    /** Longest text loaded for highlighting, per document (the text cap of extraction). */
    static final int MAX_TEXT_LENGTH = 20_000_000;

    private final IndexSearcher searcher;
    private final StoredDocs stored;

    Snippets(IndexSearcher searcher, StoredDocs stored) {
        this.searcher = searcher;
        this.stored = stored;
    }

    /**
     * Snippets for each of {@code docs} (in order), given their languages and page offsets (read with the
     * hits' other stored fields).
     *
     * @param marks the query whose matches to mark in a body field, or null when browsing (then the opening of
     *              each text)
     */
    List<List<Snippet>> forHits(Function<String, Query> marks, int[] docs, String[] languages, int[][] pageOffsets)
            throws IOException {
        List<List<Snippet>> snippets = new ArrayList<>(docs.length);
        List<List<Marked>> highlights = marks == null ? null : highlight(marks, docs, languages);
        for (int i = 0; i < docs.length; i++) {
            List<Snippet> forHit = new ArrayList<>();
            for (Marked passage : highlights == null ? List.<Marked>of() : highlights.get(i)) {
                forHit.add(new Snippet(passage.html, Snippet.page(pageOffsets[i], passage.firstMatch)));
            }
            if (forHit.isEmpty()) {
                Snippet.opening(stored.get(docs[i]).get(Schema.BODY), pageOffsets[i])
                        .ifPresent(forHit::add);
            }
            snippets.add(forHit);
        }
        return snippets;
    }

    /**
     * The passages of each document: from the text analysed in its language (where stemmed forms matched), else
     * from the language-neutral text. Each document is highlighted only in the fields it may take passages from:
     * the highlighter weighs the whole query per document and field, so highlighting every document in every
     * language's field cost several times the search itself.
     */
    private List<List<Marked>> highlight(Function<String, Query> marks, int[] docs, String[] languages)
            throws IOException {
        List<List<Marked>> passages = new ArrayList<>(Collections.nCopies(docs.length, List.of()));
        Map<String, List<Integer>> byField = new LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (Analysis.analysed(languages[i])) {
                byField.computeIfAbsent(Schema.languageField(Schema.BODY, languages[i]), f -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> field : byField.entrySet()) {
            highlightField(field.getKey(), marks, docs, field.getValue(), passages);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (passages.get(i).isEmpty()) {
                rest.add(i);
            }
        }
        highlightField(Schema.BODY, marks, docs, rest, passages);
        return passages;
    }

    /** Highlights {@code field} of the documents at {@code indexes} of {@code docs} into {@code passages}. */
    @SuppressWarnings("unchecked")
    private void highlightField(String field, Function<String, Query> marks, int[] docs, List<Integer> indexes,
                                List<List<Marked>> passages) throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        int[] some = indexes.stream().mapToInt(i -> docs[i]).toArray();
        Object[] marked = new Highlighter(searcher, stored)
                .highlight(new String[] {field}, marks.apply(field), some, new int[] {PASSAGES}).get(field);
        for (int j = 0; j < some.length; j++) {
            if (marked != null && marked[j] != null) {
                passages.set(indexes.get(j), (List<Marked>) marked[j]);
            }
        }
    }

    /** A formatted passage and where its first match is in the text (its page is that match's page). */
    private record Marked(String html, int firstMatch) {
    }

    /** Formats passages as escaped text with {@code <mark>} around matches, whitespace collapsed. */
    private static final class MarkFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Marked> marked = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                StringBuilder html = new StringBuilder();
                int position = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (start < position) {
                        continue;
                    }
                    html.append(Html.escape(content.substring(position, start)));
                    html.append("<mark>").append(Html.escape(content.substring(start, end))).append("</mark>");
                    position = end;
                }
                html.append(Html.escape(content.substring(position, passage.getEndOffset())));
                marked.add(new Marked(html.toString().strip().replaceAll("\\s+", " "),
                        passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset()));
            }
            return marked;
        }
    }

    /**
     * Lucene's passage scores (the same formula, the same order of sums) without a new hash table per candidate
     * passage: Lucene's takes a 32 KB block for each, garbage that adds up over every passage of every hit. A
     * passage has a few matches, so its distinct terms are found by comparing them.
     */
    static final class MatchScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] freqsInPassage = new int[matches];
            int[] freqsInDoc = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int index = 0;
                while (index < distinct && !terms[index].bytesEquals(term)) {
                    index++;
                }
                if (index == distinct) {
                    terms[distinct++] = term;
                    freqsInDoc[index] = passage.getMatchTermFreqsInDoc()[i];
                }
                freqsInPassage[index]++;
            }
            double score = 0d;
            for (int i = 0; i < distinct; i++) {
                score += tf(freqsInPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** Reads the one stored copy of the text for every body field, neutral or per language, from the search's reads. */
    private static final class Highlighter extends UnifiedHighlighter {
        private final StoredDocs stored;

        Highlighter(IndexSearcher searcher, StoredDocs stored) {
            super(UnifiedHighlighter.builder(searcher, Schema.indexAnalyzer())
                    .withFormatter(new MarkFormatter())
                    .withScorer(new MatchScorer())
                    .withMaxLength(MAX_TEXT_LENGTH)
                    .withMaxNoHighlightPassages(0)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, MATCH_POSITION)));
            this.stored = stored;
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docs, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, maxPassages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            do {
                int doc = docIter.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                String body = stored.get(doc).get(Schema.BODY);
                CharSequence[] perField = new CharSequence[fields.length];
                Arrays.fill(perField, body);
                values.add(perField);
            } while (cacheCharsThreshold != 0 && values.size() < docIter.cost());
            return values;
        }
    }
}
