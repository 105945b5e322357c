package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;

/**
 * What a search's response says about where SolrCloud answered otherwise than the embedded index would have, so
 * that nothing differs silently (README, "Outgrowing one machine", lists the same).
 */
final class BackendNotes {

    static final String RANKING = "ranking uses Solr's edismax over the same fields and weights (best field plus a "
            + "share of the others) with word-pair proximity, the same feedback words for questions and the "
            + "thesaurus's labels at the same lower weight, without the embedded index's combined-field scoring (nor "
            + "labels scored as rare as the words typed): the order of hits may differ a little, the hits and counts "
            + "do not";

    private BackendNotes() {
    }

    static List<String> of(SearchRequest request, UserQuery query) {
        List<String> notes = new ArrayList<>();
        if (query.hasText() && request.sort() == Sort.RELEVANCE) {
            notes.add(RANKING);
        }
        return notes;
    }
}
