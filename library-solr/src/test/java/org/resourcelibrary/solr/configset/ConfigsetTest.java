package org.resourcelibrary.solr.configset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.Dimension;

class ConfigsetTest {

    private final Configset configset = Configset.generate(Ranking.DEFAULT);

    @Test
    void everyFieldOfTheEmbeddedIndexHasItsSolrField() {
        String schema = configset.text(Configset.SCHEMA_FILE);
        for (String text : Schema.TEXT_FIELDS) {
            assertThat(schema).contains("<field name=\"" + text + "\" type=\"" + TextAnalysis.NEUTRAL + "\"");
            for (String language : Analysis.LANGUAGES) {
                assertThat(schema).contains("<field name=\"" + Schema.languageField(text, language) + "\" type=\""
                        + TextAnalysis.fieldType(language) + "\"");
            }
        }
        for (String field : new String[] {Schema.ID, Schema.SHA256, Schema.SOURCE, Schema.RESOURCE,
                Schema.PAGE_OFFSETS, Schema.TITLE_SORT, Schema.YEAR, Schema.ADDED, Schema.CHANGED}) {
            assertThat(schema).contains("<field name=\"" + field + "\"");
        }
        for (Dimension dimension : Dimension.values()) {
            assertThat(schema).contains("<field name=\"" + dimension.param() + "\"")
                    .contains("<field name=\"" + Schema.keywordField(dimension) + "\"");
        }
    }

    @Test
    void everyDocumentHasTheWorkItIsRoutedAndCollapsedBy() {
        assertThat(configset.text(Configset.SCHEMA_FILE)).contains("<field name=\"" + SolrFields.WORK_KEY
                + "\" type=\"string\" indexed=\"true\" stored=\"false\" required=\"true\"/>");
    }

    @Test
    void theSchemaCarriesTheRankingsBm25Parameters() {
        assertThat(configset.text(Configset.SCHEMA_FILE))
                .contains("<float name=\"k1\">" + Ranking.DEFAULT.k1() + "</float>")
                .contains("<float name=\"b\">" + Ranking.DEFAULT.b() + "</float>");
    }

    @Test
    void everyWordListTheChainsNameIsInTheConfigset() {
        for (String language : Analysis.LANGUAGES) {
            for (TextAnalysis.Step step : TextAnalysis.forLanguage(language)) {
                for (String file : step.attributes().values()) {
                    if (file.endsWith(".txt")) {
                        assertThat(configset.files()).containsKey(file);
                    }
                }
            }
        }
    }

    @Test
    void theNameChangesWithTheContentAndOnlyWithIt() {
        assertThat(Configset.generate(Ranking.DEFAULT).name()).isEqualTo(configset.name());
        Ranking other = new Ranking(2.0f, 1.5f, 1.0f, 0.6f, 0.2f, 0.3f, 8, 0.4f, 1.5f, 0.75f, 1.5f);
        assertThat(Configset.generate(other).name()).isNotEqualTo(configset.name())
                .startsWith(Configset.NAME_PREFIX);
    }

    @Test
    void writesEveryFile(@TempDir Path dir) throws Exception {
        configset.write(dir);
        for (String file : configset.files().keySet()) {
            assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(configset.files().get(file));
        }
    }
}
