package org.resourcelibrary.core.lucene.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/** A query as typed, together with the variants the thesaurus adds to it (see {@code QueryExpansion}). */
public final class Expanded {

    private Expanded() {
    }

    /**
     * Documents matching the query as typed or any variant: the typed query's score plus {@code weight} of the
     * best variant's, so a document with the typed words ranks above one with only another language's.
     */
    public static Query of(Query typed, List<Query> variants, float weight) {
        return of(typed, List.of(), variants, weight, 0f);
    }

    /**
     * As {@link #of(Query, List, float)}, with the documents tagged with what the words name ({@code tagged}
     * variants) as one more place the words are found: the better of the words and the tag counts, plus
     * {@code tieBreaker} of the other (as the text's fields are combined), so a tag counts as the words in a
     * title do and adds little to a document that has them already.
     */
    public static Query of(Query typed, List<Query> tagged, List<Query> variants, float weight, float tieBreaker) {
        List<Query> found = new ArrayList<>(List.of(typed));
        found.addAll(tagged);
        Query words = found.size() == 1 ? typed : new DisjunctionMaxQuery(found, tieBreaker);
        if (variants.isEmpty()) {
            return words;
        }
        Query best = variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0f);
        return new BooleanQuery.Builder()
                .add(words, Occur.SHOULD)
                .add(new BoostQuery(best, weight), Occur.SHOULD)
                .build();
    }
}
