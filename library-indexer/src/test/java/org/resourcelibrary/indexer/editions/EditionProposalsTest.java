package org.resourcelibrary.indexer.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Editions proposed from what a translation keeps: pairs that are translations (positives) and pairs that only
 * look alike in part (negatives), written here.
 */
class EditionProposalsTest {

    private static final String MINISTRY = "Ministry of Community Development";
    private static final String ENGLISH = """
            Case Management Toolkit
            1. Introduction
            In 2019 Zambia counted 9,000 children per social worker in Lusaka and Kabwe.
            2. The Jamii Pathway
            Every referral is answered within 48 hours by the Jamii team of UNICEF partners.""";
    private static final String FRENCH = """
            Boîte à outils de gestion des cas
            1. Introduction
            En 2019 la Zambie comptait 9 000 enfants par travailleur social à Lusaka et Kabwe.
            2. Le parcours Jamii
            Chaque signalement reçoit une réponse en 48 heures de l'équipe Jamii des partenaires de UNICEF.""";
    private static final String SPANISH = """
            Herramientas de manejo de casos
            1. Introducción
            En 2019 Zambia contaba 9.000 niños por trabajador social en Lusaka y Kabwe.
            2. La ruta Jamii
            Cada derivación recibe respuesta en 48 horas del equipo Jamii de socios de UNICEF.""";

    @TempDir
    Path dir;
    private LuceneLibrary library;

    @BeforeEach
    void open() throws Exception {
        library = LuceneLibrary.open(dir.resolve("index"), Vocabulary.standard());
    }

    @AfterEach
    void close() throws Exception {
        library.close();
    }

    private void add(String id, String title, String language, int year, String organization, String work,
                     String text) throws Exception {
        Resource resource = Resource.of(id, Metadata.NONE.with(MetadataField.TITLE, title)
                        .with(MetadataField.COUNTRIES, List.of("ZM")).with(MetadataField.TYPE, "toolkit")
                        .with(MetadataField.LANGUAGE, language).with(MetadataField.YEAR, year)
                        .with(MetadataField.ORGANIZATION, organization).with(MetadataField.WORK, work))
                .withFile(id + ".pdf", "application/pdf", 1000, null).withTimes(Instant.EPOCH, Instant.EPOCH)
                .withExtraction(new Extraction("application/pdf", text.length(), 2, false, null, Map.of()));
        library.upsert(new ResourceContent(resource, List.of(text.split("\n(?=2\\.)"))));
    }

    private void translations() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2019, MINISTRY, null, ENGLISH);
        add("toolkit-fr", "Boîte à outils de gestion des cas pour la Zambie", "fr", 2020, MINISTRY, null, FRENCH);
    }

    private List<EditionProposal> proposals() throws Exception {
        library.commit();
        return EditionProposals.standard().find(library, Set.of());
    }

    @Test
    void aReportAndItsTranslationAreProposedWithTheirEvidence() throws Exception {
        translations();

        List<EditionProposal> proposals = proposals();

        assertThat(proposals).singleElement().satisfies(proposal -> {
            assertThat(proposal.ids()).containsExactly("toolkit-en", "toolkit-fr");
            assertThat(proposal.languages()).containsExactly("en", "fr");
            assertThat(proposal.score()).isBetween(EditionMatcher.MIN_SCORE, 1.0);
            assertThat(proposal.evidence()).contains("same organisation: " + MINISTRY, "years 2019 and 2020",
                    "pages: 2 and 2");
            assertThat(proposal.evidence()).anyMatch(line -> line.startsWith("titles name ")
                    && line.contains("case-management"));
            assertThat(proposal.evidence()).anyMatch(line -> line.startsWith("numbers shared: 3 of 3"));
            assertThat(proposal.evidence()).anyMatch(line -> line.startsWith("names shared: ")
                    && line.contains("jamii"));
        });
    }

    @Test
    void eachLineOfEvidenceIsAlsoACodeWithItsValuesInTheSameOrder() throws Exception {
        translations();

        EditionProposal proposal = proposals().get(0);

        assertThat(proposal.evidenceLines()).extracting(EvidenceLine::code).containsExactly("same-organisation",
                "years", "titles", "pages", "headings", "numbers", "names");
        assertThat(proposal.evidenceLines()).extracting(EvidenceLine::english)
                .containsExactlyElementsOf(proposal.evidence());
        assertThat(proposal.evidenceLines().get(0).values()).isEqualTo(Map.of("organisation", MINISTRY));
        assertThat(proposal.evidenceLines().get(1).values()).isEqualTo(Map.of("first", 2019, "second", 2020));
        assertThat(proposal.evidenceLines().get(2).values()).containsEntry("first", "en")
                .containsEntry("second", "fr");
        assertThat(EvidenceLine.texts(proposal.evidenceLines().get(2).values().get("concepts")))
                .contains("topic:case-management");
        assertThat(proposal.evidenceLines().get(5).values()).containsEntry("shared", 3).containsEntry("of", 3);
    }

    @Test
    void theLinesOfAGroupOfThreeSayWhichPairTheyAreAbout() throws Exception {
        translations();
        add("toolkit-es", "Herramientas de manejo de casos para Zambia", "es", 2019, MINISTRY, null, SPANISH);

        EditionProposal proposal = proposals().get(0);

        assertThat(proposal.evidenceLines()).allSatisfy(line -> assertThat(line.pair()).hasSize(2));
        assertThat(proposal.evidence()).allSatisfy(line -> assertThat(line).matches("toolkit-\\w+ ~ toolkit-\\w+: .+"));
    }

    @Test
    void threeEditionsAreOneProposalWithOneDocumentPerLanguage() throws Exception {
        translations();
        add("toolkit-es", "Herramientas de manejo de casos para Zambia", "es", 2019, MINISTRY, null, SPANISH);

        assertThat(proposals()).singleElement().extracting(EditionProposal::ids)
                .isEqualTo(List.of("toolkit-en", "toolkit-fr", "toolkit-es"));
    }

    @Test
    void anotherReportOfTheSameOrganisationAndYearIsNotAnEdition() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2019, MINISTRY, null, ENGLISH);
        add("budget-fr", "Rapport budgétaire annuel", "fr", 2019, MINISTRY, null, """
                Rapport budgétaire
                Le ministère a dépensé 1 250 000 kwacha en 2018 pour 312 postes à Chipata.""");

        assertThat(proposals()).isEmpty();
    }

    @Test
    void theSameTopicFromAnotherOrganisationIsNotAnEdition() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2019, MINISTRY, null, ENGLISH);
        add("toolkit-fr", "Boîte à outils de gestion des cas pour la Zambie", "fr", 2019, "Réseau ouest-africain",
                null, FRENCH);

        assertThat(proposals()).isEmpty();
    }

    @Test
    void editionsYearsApartAreNotProposed() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2016, MINISTRY, null, ENGLISH);
        add("toolkit-fr", "Boîte à outils de gestion des cas pour la Zambie", "fr", 2019, MINISTRY, null, FRENCH);

        assertThat(proposals()).isEmpty();
    }

    @Test
    void twoDocumentsInOneLanguageAreNotEditions() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2019, MINISTRY, null, ENGLISH);
        add("toolkit-en-2", "Case Management Toolkit for Zambia, second printing", "en", 2019, MINISTRY, null,
                ENGLISH);

        assertThat(proposals()).isEmpty();
    }

    @Test
    void documentsALibrarianGroupedAreNotProposedAgain() throws Exception {
        add("toolkit-en", "Case Management Toolkit for Zambia", "en", 2019, MINISTRY, "toolkit", ENGLISH);
        add("toolkit-fr", "Boîte à outils de gestion des cas pour la Zambie", "fr", 2019, MINISTRY, "toolkit",
                FRENCH);

        assertThat(proposals()).isEmpty();
    }

    @Test
    void aDismissedProposalIsRememberedAndLeftOut() throws Exception {
        translations();
        library.commit();
        DismissedEditions dismissed = new DismissedEditions(new DataDirectory(dir.resolve("data")).create());
        String key = EditionProposals.standard().find(library, dismissed.keys()).get(0).key();

        dismissed.dismiss(key);

        DismissedEditions reread = new DismissedEditions(new DataDirectory(dir.resolve("data")));
        assertThat(reread.keys()).containsExactly(key);
        assertThat(EditionProposals.standard().find(library, reread.keys())).isEmpty();
    }
}
