package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.MoreLikeThisParams;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Hit;

/** Documents like one, by the words of its text: SolrCloud's More Like This over every shard. */
final class SolrSimilar {

    /** Most similar documents' terms looked at, per field ({@code mlt.maxqt}), as Lucene's MoreLikeThis default. */
    static final int SIMILAR_TERMS = 25;

    private final SolrSearcher searcher;
    /** Runs a query: the query and what it is for (to say what failed). */
    private final BiFunction<SolrQuery, String, QueryResponse> query;

    SolrSimilar(SolrSearcher searcher, BiFunction<SolrQuery, String, QueryResponse> query) {
        this.searcher = searcher;
        this.query = query;
    }

    /** The {@code count} documents most like document {@code id} (which the library has), best first. */
    List<Hit> of(String id, int count) {
        // The More Like This component, not the {!mlt} parser: the parser reads the document by a real-time get
        // routed by its id alone, which misses a document routed by its work; the component reads it on the shard
        // that has it and asks every shard for its words.
        SolrQuery like = new SolrQuery(SolrQueryText.term(Schema.ID, id)).setFields(Schema.ID).setRows(1);
        like.set(MoreLikeThisParams.MLT, true);
        like.set(MoreLikeThisParams.SIMILARITY_FIELDS, Schema.BODY);
        like.set(MoreLikeThisParams.MIN_TERM_FREQ, 1);
        like.set(MoreLikeThisParams.MIN_DOC_FREQ, 1);
        like.set(MoreLikeThisParams.MAX_QUERY_TERMS, SIMILAR_TERMS);
        like.set(MoreLikeThisParams.DOC_COUNT, count);
        NamedList<SolrDocumentList> found = query.apply(like, "finding similar documents").getMoreLikeThis();
        List<String> ids = new ArrayList<>();
        if (found != null && found.get(id) != null) {
            found.get(id).forEach(doc -> ids.add((String) doc.getFirstValue(Schema.ID)));
        }
        ids.remove(id);
        if (ids.isEmpty()) {
            return List.of();
        }
        // The component answers ids alone (its shard requests ask for no other field).
        SolrQuery stored = new SolrQuery("*:*").setFields(SolrRequests.STORED).setRows(ids.size());
        stored.addFilterQuery(ids.stream().map(similar -> SolrQueryText.term(Schema.ID, similar))
                .collect(Collectors.joining(" OR ")));
        List<SolrDocument> docs = new ArrayList<>(query.apply(stored, "reading similar documents").getResults());
        docs.sort(Comparator.comparingInt(doc -> ids.indexOf((String) doc.getFirstValue(Schema.ID))));
        return searcher.hits(docs, Map.of(), false);
    }
}
