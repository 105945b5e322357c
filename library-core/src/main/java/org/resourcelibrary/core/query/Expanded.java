package org.resourcelibrary.core.query;

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
        if (variants.isEmpty()) {
            return typed;
        }
        Query best = variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0f);
        return new BooleanQuery.Builder()
                .add(typed, Occur.SHOULD)
                .add(new BoostQuery(best, weight), Occur.SHOULD)
                .build();
    }
}
