package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The thesaurus's variants as Solr is asked them, attempt by attempt (no cluster needed). */
class SolrVariantsTest {

    private static final UserQueryParser PARSER = new UserQueryParser(Vocabulary.standard());
    /** A country's name: its labels in other languages, and the documents tagged with it. */
    private static final String COUNTRY = "Botswana";

    @Test
    void theFirstAttemptSearchesTheWordsTheirLabelsInTheirLanguagesFieldsAndTheTaggedDocuments() {
        SolrQuery solr = query(COUNTRY, true, 0);
        assertThat(solr.getQuery()).startsWith("{!bool ").contains("should=$tvw", "should=$tvt0", "should=$tvb0");
        assertThat(solr.get("defType")).isEqualTo("lucene");
        assertThat(solr.get("tvq")).isEqualTo(COUNTRY);
        assertThat(solr.get("tvt0q")).isEqualTo("+(country:\"BW\")");
        assertThat(solr.get("tvv0q")).startsWith("+(").contains("title_pt:\"Botsuana\"", "body_pt:\"Botsuana\"");
        assertThat(solr.get("tvb0")).contains("b=0.5");
    }

    @Test
    void withoutExpansionTheWordsAreSearchedAsTyped() {
        SolrQuery solr = query(COUNTRY, false, 0);
        assertThat(solr.getQuery()).isEqualTo(COUNTRY);
        assertThat(solr.get("defType")).isEqualTo("edismax");
    }

    @Test
    void theAttemptsBetweenTheFirstAndTheLastSearchTheWordsAsTypedOnly() {
        SolrQuery solr = query(COUNTRY + " supervision report", true, 1);
        assertThat(solr.getQuery()).isEqualTo(COUNTRY + " supervision report");
    }

    @Test
    void theLastAttemptTakesTheLabelsAloneNotTheTaggedDocuments() {
        List<String> steps = SolrRequests.mustMatch(parse(COUNTRY + " supervision report"),
                org.resourcelibrary.core.search.Match.AUTO);
        SolrQuery solr = query(COUNTRY + " supervision report", true, steps.size() - 1);
        assertThat(solr.getQuery()).contains("should=$tvb0").doesNotContain("tvt0");
        assertThat(solr.get("tvv0q")).doesNotContain("supervision");
    }

    private static SolrQuery query(String text, boolean expand, int attempt) {
        UserQuery query = parse(text);
        SearchRequest request = SearchRequest.builder().query(text).expand(expand).build();
        List<String> steps = SolrRequests.mustMatch(query, request.match());
        SolrVariants variants = SolrVariants.of(request, query, Thesaurus.standard(), steps);
        SolrQuery solr = new SolrQuery();
        variants.query(solr, text, steps.get(attempt), SolrTypos.none());
        return solr;
    }

    private static UserQuery parse(String text) {
        return PARSER.parse(text);
    }
}
