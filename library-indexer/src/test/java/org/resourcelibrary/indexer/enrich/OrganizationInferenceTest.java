package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationInferenceTest {

    private static DocumentText cover(String firstPage) {
        return DocumentText.of(List.of(firstPage, "More text."), true);
    }

    @Test
    void anOrganisationTheLibraryKnowsIsRecognisedOnTheCover() {
        OrganizationInference inference =
                new OrganizationInference(List.of("Network", "West Africa Child Protection Network"));

        assertThat(inference.infer(cover("Laws That Protect\nWest Africa Child Protection Network\nAccra, 2012")))
                .hasValue("West Africa Child Protection Network");
    }

    @Test
    void aPublishedByStatementNamesThePublisher() {
        OrganizationInference inference = new OrganizationInference(List.of());

        assertThat(inference.infer(cover("Guide\nPublished by Caring Communities Alliance, 2018")))
                .hasValue("Caring Communities Alliance");
    }

    @Test
    void aCoverLineShapedLikeAnOrganisationIsThePublisher() {
        OrganizationInference inference = new OrganizationInference(List.of());

        assertThat(inference.infer(cover("Strengthening the Workforce\nMinistry of Community Development and Social "
                + "Services (Zambia), Department of Social Welfare\nLusaka, 2019")))
                .hasValue("Ministry of Community Development and Social Services (Zambia)");
        assertThat(inference.infer(cover("Guia de orientação\nAssociação Lusófona de Serviço Social — Praia")))
                .hasValue("Associação Lusófona de Serviço Social");
        assertThat(inference.infer(cover("Acta del taller\nFacilitación: Instituto Latinoamericano de Servicio")))
                .hasValue("Instituto Latinoamericano de Servicio");
    }

    @Test
    void aCoverWithoutAnOrganisationHasNone() {
        assertThat(new OrganizationInference(List.of()).infer(cover("Field notes\nVisits in March"))).isEmpty();
    }

    @Test
    void anOrganisationNameHasFewWordsAndSaysWhatKindOfBodyItIs() {
        assertThat(OrganizationInference.looksLikeOrganization("East Africa Social Work Consortium")).isTrue();
        assertThat(OrganizationInference.looksLikeOrganization("Réseau ouest-africain de protection")).isTrue();
        assertThat(OrganizationInference.looksLikeOrganization("Transitioning the Children's Centre to Family Care"))
                .isFalse();
    }
}
