package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * The one request that looks up a search's words asks only what the search needs: nothing without words, the
 * languages' statistics only when the member's language is not given, the spell checker only for words long
 * enough to correct.
 */
class SolrWordsTest {

    private static final UserQueryParser PARSER = new UserQueryParser(Vocabulary.standard());

    @Test
    void aSearchWithoutWordsLooksNothingUp() {
        assertThat(lookUp("", null)).isNull();
        assertThat(lookUp("country:UG", null)).isNull();
    }

    @Test
    void withoutALanguageTheWordsAreLookedUpInEveryLanguageAndCorrected() {
        SolrQuery solr = lookUp("supervison checklist", null);
        assertThat(solr.get("spellcheck.dictionary")).isEqualTo(SolrFields.SPELLINGS);
        assertThat(solr.get("spellcheck.q")).isEqualTo("supervison checklist");
        assertThat(solr.getParams("terms.fl")).contains("body", "body_fr");
        assertThat(solr.get("json.facet")).contains("body_pt");
        assertThat(solr.get("lengthsbody_pt")).isEqualTo("{!func}sumtotaltermfreq(body_pt)");
        assertThat(solr.getRows()).isZero();
    }

    @Test
    void aGivenLanguageIsNotLookedUpAndShortWordsAreNotCorrected() {
        SolrQuery solr = lookUp("tb hiv", MemberLanguage.given("fr"));
        assertThat(solr.get("spellcheck")).isNull();
        assertThat(solr.get("json.facet")).isNull();
        assertThat(solr.getParams("terms.fl")).containsExactly("body");
    }

    private static SolrQuery lookUp(String text, MemberLanguage language) {
        UserQuery query = PARSER.parse(text);
        return SolrWords.request(SearchRequest.builder().query(text).memberLanguage(language).build(), query);
    }
}
