package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/**
 * The generated configset analyses text exactly as the embedded index does: sample strings of every language go
 * through each text field's Lucene analyzer and through the live collection's field analysis, token for token.
 */
@ExtendWith(TestCloud.class)
class SolrAnalysisParityTest {

    private static final List<String> SAMPLES = List.of(
            "The social workers' supervision of children's case-management, 2019–2021",
            "Les travailleurs sociaux et l'accompagnement des enfants d'aujourd'hui",
            "Protección de la niñez: gestión de casos y supervisión en América Latina",
            "Proteção das crianças: os assistentes sociais e a gestão de casos",
            "What is how which? Ça, élève, naïve façade — ÆRØ straße e-learning COVID-19");

    @Test
    void everyTextFieldMakesTheSameTokensOnBothBackends() throws Exception {
        List<String> fields = new ArrayList<>();
        for (String text : Schema.TEXT_FIELDS) {
            fields.add(text);
            for (String language : Analysis.LANGUAGES) {
                fields.add(Schema.languageField(text, language));
            }
        }
        for (String field : fields) {
            for (String sample : SAMPLES) {
                assertThat(solrTokens(field, sample)).as("%s: %s", field, sample)
                        .isEqualTo(Analysis.tokens(Schema.analyzer(field), sample));
            }
        }
    }

    private static List<String> solrTokens(String field, String text) throws Exception {
        FieldAnalysisResponse response = new FieldAnalysisRequest().addFieldName(field).setFieldValue(text)
                .setQuery(text).process(TestCloud.cluster().getSolrClient(), TestCloud.COLLECTION);
        AnalysisResponseBase.AnalysisPhase last = null;
        for (AnalysisResponseBase.AnalysisPhase phase : response.getFieldNameAnalysis(field).getIndexPhases()) {
            last = phase;
        }
        List<String> tokens = new ArrayList<>();
        for (AnalysisResponseBase.TokenInfo token : last.getTokens()) {
            tokens.add(token.getText());
        }
        return tokens;
    }
}
