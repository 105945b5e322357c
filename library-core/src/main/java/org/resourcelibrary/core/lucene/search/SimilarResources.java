package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.lucene.DocumentMapper;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;

/**
 * "More like this": resources sharing a document's most distinctive words, and also its topics, type and
 * countries.
 */
final class SimilarResources {

    /** Distinctive words taken from the document. */
    static final int MAX_QUERY_TERMS = 30;
    /** Words in more than this share of documents are not distinctive. */
    static final int MAX_DOC_FREQ_PERCENT = 40;
    /** Weight of a shared topic, country or type relative to the text. */
    static final float METADATA_WEIGHT = 0.3f;

    private final DocumentMapper mapper;

    SimilarResources(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    ScoreDoc[] find(IndexSearcher searcher, String id, int count) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (self.scoreDocs.length == 0 || count < 1) {
            return new ScoreDoc[0];
        }
        int doc = self.scoreDocs[0].doc;
        Resource resource = mapper.toResource(searcher.storedFields().document(doc));
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(Analysis.neutral());
        moreLikeThis.setFieldNames(new String[] {Schema.BODY});
        moreLikeThis.setMinTermFreq(2);
        moreLikeThis.setMinDocFreq(2);
        moreLikeThis.setMinWordLen(3);
        moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
        moreLikeThis.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
        moreLikeThis.setBoost(true);

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(moreLikeThis.like(doc), Occur.SHOULD);
        for (String topic : resource.topics()) {
            query.add(metadata(Dimension.TOPIC, topic), Occur.SHOULD);
        }
        for (String country : resource.countries()) {
            query.add(metadata(Dimension.COUNTRY, country), Occur.SHOULD);
        }
        if (resource.type() != null) {
            query.add(metadata(Dimension.TYPE, resource.type()), Occur.SHOULD);
        }
        query.add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT);
        TopDocs top = searcher.search(query.build(), count);
        return Arrays.copyOf(top.scoreDocs, top.scoreDocs.length);
    }

    private static Query metadata(Dimension dimension, String value) {
        return new BoostQuery(new TermQuery(new Term(Schema.keywordField(dimension), value.toLowerCase(Locale.ROOT))),
                METADATA_WEIGHT);
    }
}
