package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.resourcelibrary.core.index.Analysis;
import org.resourcelibrary.core.index.DocumentMapper;
import org.resourcelibrary.core.index.Schema;
import org.resourcelibrary.core.model.Resource;

/**
 * Pseudo-relevance feedback (a relevance model, RM3) for questions typed as sentences: the words that
 * characterise the best first answers are added to the query, weighted by how much those answers use them.
 * They only re-rank: a document still needs one of the member's own words to be a hit. Keyword queries are
 * left alone, since their words already say exactly what is wanted.
 */
final class Feedback {

    /** First answers the expansion words are taken from. */
    static final int DOCUMENTS = 10;
    /** Words added. */
    static final int WORDS = 10;
    /** Weight of the added words relative to the query's own, per query word. */
    static final float WEIGHT = 0.6f;
    /** Text read per answer. */
    static final int TEXT_CHARS = 20_000;

    private final DocumentMapper mapper;

    Feedback(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What the expansion adds to a document's score (it matches nothing on its own account), or null when the
     * first answers give nothing to add.
     *
     * @param first the first answers, best first, with their scores (the first {@link #DOCUMENTS} are used)
     * @param words how many words the member typed (stop words aside)
     */
    Query expansion(StoredDocs stored, List<? extends ScoreDoc> first, int words) throws IOException {
        List<? extends ScoreDoc> answers = first.subList(0, Math.min(DOCUMENTS, first.size()));
        if (answers.isEmpty()) {
            return null;
        }
        Map<Term, Double> model = new HashMap<>();
        double totalScore = 0;
        for (ScoreDoc doc : answers) {
            totalScore += doc.score;
        }
        for (ScoreDoc hit : answers) {
            Document doc = stored.get(hit.doc);
            Resource resource = mapper.toResource(doc);
            String field = Analysis.analysed(resource.language())
                    ? Schema.languageField(Schema.BODY, resource.language()) : Schema.BODY;
            String text = doc.get(Schema.BODY);
            if (text == null || text.isBlank()) {
                continue;
            }
            List<String> tokens = Analysis.tokens(Schema.analyzer(field),
                    text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text);
            double weight = hit.score / totalScore / tokens.size();
            for (String token : tokens) {
                if (token.length() > 2 && !token.chars().allMatch(Character::isDigit)) {
                    model.merge(new Term(field, token), weight, Double::sum);
                }
            }
        }
        if (model.isEmpty()) {
            return null;
        }
        List<Map.Entry<Term, Double>> best = new ArrayList<>(model.entrySet());
        best.sort(Map.Entry.<Term, Double>comparingByValue().reversed());
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        double mass = best.stream().limit(WORDS).mapToDouble(Map.Entry::getValue).sum();
        best.stream().limit(WORDS).forEach(e ->
                expansion.add(new BoostQuery(new TermQuery(e.getKey()), (float) (e.getValue() / mass)), Occur.SHOULD));
        return new BoostQuery(expansion.build(), WEIGHT * words);
    }
}
