package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.resourcelibrary.core.lucene.DocumentMapper;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.FeedbackWords;

/**
 * Pseudo-relevance feedback ({@link FeedbackWords}) in the embedded index: the words that characterise the best
 * first answers, as a query that only re-ranks.
 */
final class Feedback {

    private final DocumentMapper mapper;

    Feedback(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What the expansion adds to a document's score (it matches nothing on its own account), or null when the
     * first answers give nothing to add.
     *
     * @param first the first answers, best first, with their scores (the first {@link FeedbackWords#DOCUMENTS}
     *              are used)
     * @param words how many words the member typed (stop words aside)
     */
    Query expansion(StoredDocs stored, List<? extends ScoreDoc> first, int words) throws IOException {
        List<FeedbackWords.Answer> answers = new ArrayList<>();
        for (ScoreDoc hit : first.subList(0, Math.min(FeedbackWords.DOCUMENTS, first.size()))) {
            Document doc = stored.get(hit.doc);
            answers.add(new FeedbackWords.Answer(doc.get(Schema.BODY), mapper.toResource(doc).language(), hit.score));
        }
        List<FeedbackWords.Word> added = FeedbackWords.of(answers);
        if (added.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        added.forEach(word -> expansion.add(new BoostQuery(new TermQuery(new Term(word.field(), word.token())),
                (float) word.share()), Occur.SHOULD));
        return new BoostQuery(expansion.build(), FeedbackWords.weight(words));
    }
}
