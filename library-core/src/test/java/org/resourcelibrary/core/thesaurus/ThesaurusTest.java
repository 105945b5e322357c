package org.resourcelibrary.core.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ThesaurusTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static final String HEADER = ThesaurusCsv.HEADER + "\n";

    private static List<ConceptMatch> find(Thesaurus thesaurus, String query) {
        return thesaurus.find(new UserQueryParser(VOCABULARY).parse(query));
    }

    @Test
    void theShippedFileHasAtLeast150ConceptsEachNamedInTheFourLanguages() {
        List<Concept> file = ThesaurusCsv.parse(Thesaurus.shippedText(), VOCABULARY);

        assertThat(file).hasSizeGreaterThanOrEqualTo(150);
        for (Concept concept : file) {
            Set<String> languages = concept.labels().stream().map(Label::language).collect(Collectors.toSet());
            assertThat(languages).as(concept.id()).containsExactlyInAnyOrderElementsOf(Vocabulary.LABEL_LANGUAGES);
        }
    }

    @Test
    void theShippedFileNamesEveryTopicTypeAndRegionOfTheVocabulary() {
        Set<String> ids = ThesaurusCsv.parse(Thesaurus.shippedText(), VOCABULARY).stream().map(Concept::id)
                .collect(Collectors.toSet());

        for (Term topic : VOCABULARY.topics()) {
            assertThat(ids).contains("topic:" + topic.code());
        }
        for (Term type : VOCABULARY.types()) {
            assertThat(ids).contains("type:" + type.code());
        }
        for (Term region : VOCABULARY.regions()) {
            assertThat(ids).contains("region:" + region.code());
        }
    }

    @Test
    void aLabelWithACommaIsQuoted() {
        Thesaurus thesaurus = Thesaurus.of(HEADER + "planning,en,prefLabel,\"Planning, budgeting\"\n", VOCABULARY);

        assertThat(thesaurus.concept("planning").orElseThrow().label("en")).isEqualTo("Planning, budgeting");
    }

    @Test
    void aBadLanguageIsReportedWithItsLine() {
        String csv = "# comment\n" + HEADER + "budget,en,prefLabel,Budget\nbudget,de,altLabel,Haushalt\n";

        assertThatThrownBy(() -> Thesaurus.of(csv, VOCABULARY)).isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("line 4").hasMessageContaining("language");
    }

    @Test
    void twoPreferredLabelsInOneLanguageAreRefused() {
        String csv = HEADER + "budget,en,prefLabel,Budget\nbudget,en,prefLabel,Budgeting\n";

        assertThatThrownBy(() -> Thesaurus.of(csv, VOCABULARY)).isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("line 3").hasMessageContaining("altLabel");
    }

    @Test
    void aVocabularyValueMustExist() {
        String csv = HEADER + "topic:astrology,en,prefLabel,Astrology\n";

        assertThatThrownBy(() -> Thesaurus.of(csv, VOCABULARY)).isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("line 2").hasMessageContaining("no topic 'astrology'");
    }

    @Test
    void aFileWithoutItsHeaderIsRefused() {
        assertThatThrownBy(() -> Thesaurus.of("budget,en,prefLabel,Budget\n", VOCABULARY))
                .isInstanceOf(ThesaurusException.class).hasMessageContaining("line 1");
    }

    @Test
    void aConceptOfItsOwnNeedsAnEnglishPreferredLabel() {
        String csv = HEADER + "budget,fr,prefLabel,Budget\n";

        assertThatThrownBy(() -> Thesaurus.of(csv, VOCABULARY)).isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("line 2").hasMessageContaining("English");
    }

    @Test
    void wordsNamingAConceptAreFoundAmongOthers() {
        List<ConceptMatch> matches = find(Thesaurus.standard(), "zambia case management toolkits");

        assertThat(matches).extracting(m -> m.concept().id()).contains("country:ZM", "topic:case-management");
        assertThat(matches).filteredOn(m -> m.concept().id().equals("topic:case-management")).singleElement()
                .satisfies(m -> {
                    assertThat(m.firstGroup()).isEqualTo(1);
                    assertThat(m.lastGroup()).isEqualTo(2);
                    assertThat(m.matched()).isEqualTo("case management");
                });
    }

    @Test
    void theLongestLabelWins() {
        List<ConceptMatch> matches = find(Thesaurus.standard(), "child protection system");

        assertThat(matches).extracting(m -> m.concept().id()).containsExactly("child-protection-system");
    }

    @Test
    void labelsMatchInAnyCaseAndWithoutAccents() {
        assertThat(find(Thesaurus.standard(), "GESTAO DE CASOS")).extracting(m -> m.concept().id())
                .containsExactly("topic:case-management");
    }

    @Test
    void countriesAreNamedAsTheLocaleDataNamesThemInEachLanguage() {
        Thesaurus thesaurus = Thesaurus.standard();

        assertThat(thesaurus.named("Kenia")).extracting(Concept::id).containsExactly("country:KE");
        assertThat(thesaurus.named(VOCABULARY.label(Dimension.COUNTRY, "CI", "es"))).extracting(Concept::id)
                .containsExactly("country:CI");
        assertThat(thesaurus.named("Costa de Marfil")).extracting(Concept::id).containsExactly("country:CI");
    }

    @Test
    void thePreferredLabelOfAVocabularyValueIsTheFilesElseTheVocabularys() {
        String csv = HEADER + "topic:supervision,fr,altLabel,supervision formative\n";

        Concept supervision = Thesaurus.of(csv, VOCABULARY).concept("topic:supervision").orElseThrow();

        assertThat(supervision.label("es")).isEqualTo("Supervisión");
        assertThat(supervision.labels()).contains(new Label("fr", false, "supervision formative"));
    }
}
