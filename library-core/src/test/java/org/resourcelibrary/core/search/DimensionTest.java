package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** What each dimension is, said once, and what the vocabulary, the schema and the lists derive from it. */
class DimensionTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void theSchemaFacetsConfigurationFollowsEachDefinition() {
        FacetsConfig config = Schema.facets();
        for (Dimension dimension : Dimension.values()) {
            FacetsConfig.DimConfig dim = config.getDimConfig(dimension.param());
            assertThat(dim.multiValued).as(dimension.param()).isEqualTo(dimension.multiValued());
            assertThat(dim.hierarchical).as(dimension.param()).isEqualTo(dimension.hierarchical());
        }
        assertThat(Dimension.REGION.over()).isEqualTo(Dimension.COUNTRY);
        assertThat(Dimension.COUNTRY.grouped()).isTrue();
    }

    @Test
    void theVocabularyLabelsEachDimensionsValuesInEachLanguage() {
        assertThat(vocabulary.label(Dimension.COUNTRY, "ZM", "fr")).isEqualTo("Zambie");
        assertThat(vocabulary.label(Dimension.REGION, "south-asia", "fr")).isEqualTo("Asie du Sud");
        assertThat(vocabulary.label(Dimension.TOPIC, "case-management", "es")).isEqualTo("Manejo de casos");
        assertThat(vocabulary.label(Dimension.LANGUAGE, "fr", "en")).isEqualTo("French");
        assertThat(vocabulary.label(Dimension.YEAR, "2019", "fr")).isEqualTo("2019");
        assertThat(vocabulary.label(Dimension.ORGANIZATION, "UNICEF", "pt")).isEqualTo("UNICEF");
    }

    @Test
    void theVocabularyResolvesWhatAPersonTypesPerDimension() {
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "zambie")).contains("ZM");
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "Zâmbia")).contains("ZM");
        assertThat(vocabulary.resolve(Dimension.TYPE, "Kit de ferramentas")).contains("toolkit");
        assertThat(vocabulary.resolve(Dimension.LANGUAGE, "Français")).contains("fr");
        assertThat(vocabulary.resolve(Dimension.YEAR, " 2019 ")).contains("2019");
        assertThat(vocabulary.resolve(Dimension.YEAR, "last year")).isEmpty();
        assertThat(vocabulary.resolve(Dimension.ORGANIZATION, " Save the Children ")).contains("Save the Children");
        assertThat(vocabulary.resolve(Dimension.TOPIC, "no such topic")).isEmpty();
    }

    @Test
    void theVocabularyKnowsWhichValuesEachDimensionCanHave() {
        assertThat(vocabulary.isKnown(Dimension.COUNTRY, "ZM")).isTrue();
        assertThat(vocabulary.isKnown(Dimension.COUNTRY, "Zambia")).isFalse();
        assertThat(vocabulary.isKnown(Dimension.REGION, "south-asia")).isTrue();
        assertThat(vocabulary.isKnown(Dimension.YEAR, "19")).isFalse();
        assertThat(vocabulary.isKnown(Dimension.ORGANIZATION, "x".repeat(Dimension.MAX_FREE_VALUE_LENGTH + 1)))
                .isFalse();
    }

    @Test
    void everyVocabularyDimensionHasValues() {
        for (Dimension dimension : Dimension.values()) {
            if (dimension.kind() == MetadataField.Kind.TERMS) {
                assertThat(vocabulary.terms(dimension)).as(dimension.param()).isNotEmpty();
            }
        }
    }

    @Test
    void everyFieldDeclaredAFacetIsADimensionInTheFieldsOrderWithTheRegionsAfterTheCountries() {
        assertThat(Dimension.values()).containsExactly(Dimension.COUNTRY, Dimension.REGION, Dimension.TOPIC,
                Dimension.TYPE, Dimension.LANGUAGE, Dimension.YEAR, Dimension.ORGANIZATION,
                Dimension.fromParam("funder").orElseThrow());
        for (int i = 0; i < Dimension.values().length; i++) {
            assertThat(Dimension.values()[i].ordinal()).isEqualTo(i);
        }
    }

    @Test
    void aDimensionTakesItsNameKindAndMultiplicityFromItsField() {
        for (MetadataField field : MetadataField.values()) {
            assertThat(Dimension.of(field).map(Dimension::param)).as(field.key())
                    .isEqualTo(field.facet().map(MetadataField.Facet::param));
            Dimension.of(field).ifPresent(dimension -> {
                assertThat(dimension.kind()).isEqualTo(field.kind());
                assertThat(dimension.multiValued()).isEqualTo(field.shape() == MetadataField.Shape.LIST);
                assertThat(dimension.field()).contains(field);
            });
        }
        assertThat(Dimension.COUNTRY.param()).isEqualTo("country");
        assertThat(Dimension.of(MetadataField.TITLE)).isEmpty();
    }

    @Test
    void aDimensionIsWrittenAndReadInJsonAsItsParameter() throws Exception {
        String json = Json.mapper().writeValueAsString(Map.of(Dimension.TOPIC, List.of(Dimension.REGION)));
        assertThat(json).isEqualTo("{\"topic\":[\"region\"]}");
        assertThat(Json.mapper().readValue("\"region\"", Dimension.class)).isSameAs(Dimension.REGION);
    }

    @Test
    void theListsOfDimensionsDeriveFromTheDefinitions() {
        assertThat(Dimension.filters()).doesNotContain(Dimension.YEAR)
                .containsAll(Arrays.stream(Dimension.values()).filter(d -> d != Dimension.YEAR).toList());
        assertThat(Dimension.suggested()).startsWith(Dimension.COUNTRY, Dimension.TOPIC, Dimension.TYPE,
                Dimension.REGION, Dimension.ORGANIZATION).doesNotContain(Dimension.LANGUAGE, Dimension.YEAR);
    }
}
