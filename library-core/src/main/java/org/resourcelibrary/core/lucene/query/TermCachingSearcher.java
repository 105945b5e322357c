package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher for one search, on one thread, that looks each term up once per segment. A question's words are
 * looked up for its first query (every text field of every language), again for its word pairs' proximity and
 * for its snippets, and Lucene looks a term up with a new terms enumeration each time, garbage and time that
 * add up over a question's many lookups. {@link FieldGroupQuery} and
 * {@link SharedTermsPhraseQuery} take their terms from here; with another searcher they look them up as Lucene
 * does. Not for concurrent use: lookups share one enumeration per field and segment.
 */
public final class TermCachingSearcher extends IndexSearcher {

    private final Map<Term, TermStates> states = new HashMap<>();
    /** Per field: each segment's shared enumeration of its terms ({@link TermsEnum#EMPTY} without the field). */
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    public TermCachingSearcher(IndexReader reader) {
        super(reader);
    }

    /** The term's state and statistics in every segment, as {@link TermStates#build} gives them. */
    static TermStates termStates(IndexSearcher searcher, Term term) throws IOException {
        if (searcher instanceof TermCachingSearcher caching) {
            return caching.termStates(term);
        }
        return TermStates.build(searcher, term, true);
    }

    /**
     * An enumeration of a segment's terms of {@code field} to seek a looked-up term with (its postings are
     * taken at once, before anything else seeks it), or null when the segment has no such field.
     */
    static TermsEnum termsEnum(IndexSearcher searcher, LeafReaderContext leaf, String field) throws IOException {
        if (searcher instanceof TermCachingSearcher caching) {
            return caching.termsEnum(leaf, field);
        }
        Terms terms = leaf.reader().terms(field);
        return terms == null ? null : terms.iterator();
    }

    private TermStates termStates(Term term) throws IOException {
        TermStates cached = states.get(term);
        if (cached == null) {
            IndexReaderContext top = getTopReaderContext();
            cached = new TermStates(top);
            for (LeafReaderContext leaf : top.leaves()) {
                TermsEnum terms = termsEnum(leaf, term.field());
                if (terms != null && terms.seekExact(term.bytes())) {
                    cached.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
                }
            }
            states.put(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), cached);
        }
        return cached;
    }

    private TermsEnum termsEnum(LeafReaderContext leaf, String field) throws IOException {
        List<LeafReaderContext> leaves = getTopReaderContext().leaves();
        TermsEnum[] perLeaf = enums.computeIfAbsent(field, f -> new TermsEnum[leaves.size()]);
        if (perLeaf[leaf.ord] == null) {
            Terms terms = leaf.reader().terms(field);
            perLeaf[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
        }
        return perLeaf[leaf.ord] == TermsEnum.EMPTY ? null : perLeaf[leaf.ord];
    }
}
