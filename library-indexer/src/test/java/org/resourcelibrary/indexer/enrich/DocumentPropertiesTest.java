package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentPropertiesTest {

    private final YearInference years = new YearInference(2025);

    @Test
    void informativePropertiesAreRead() {
        MetadataValues values = DocumentProperties.read(Map.of(
                "dc:title", List.of("The Jamii Case Pathway: A Case Management Toolkit"),
                "dc:creator", List.of("Amina Otieno; Peter Mwangi"),
                "meta:keyword", List.of("case management; child protection, Kenya"),
                "dc:subject", List.of("A toolkit for practitioners | case management; child protection, Kenya"),
                "extended-properties:Company", List.of("East Africa Social Work Consortium"),
                "dcterms:created", List.of("2016-08-22T09:00:00Z")), years);

        assertThat(values.title()).isEqualTo("The Jamii Case Pathway: A Case Management Toolkit");
        assertThat(values.authors()).containsExactly("Amina Otieno", "Peter Mwangi");
        assertThat(values.keywords()).containsExactly("case management", "child protection", "Kenya");
        assertThat(values.organization()).isEqualTo("East Africa Social Work Consortium");
        assertThat(values.year()).isEqualTo(2016);
    }

    @Test
    void placeholdersAreDropped() {
        MetadataValues values = DocumentProperties.read(Map.of(
                "dc:title", List.of("Microsoft Word - final_v3.docx"),
                "dc:creator", List.of("jbanda"),
                "meta:last-author", List.of("Utilisateur Windows"),
                "extended-properties:Company", List.of(""),
                "dc:publisher", List.of("Microsoft")), years);

        assertThat(values).isEqualTo(MetadataValues.NONE);
    }

    @Test
    void aWindowsUserIsNotAnAuthor() {
        MetadataValues values = DocumentProperties.read(Map.of("dc:creator", List.of("Utilisateur Windows")), years);

        assertThat(values.authors()).isEmpty();
    }

    @Test
    void anImplausibleCreationDateGivesNoYear() {
        assertThat(DocumentProperties.read(Map.of("dcterms:created", List.of("1601-01-01T00:00:00Z")), years).year())
                .isNull();
    }

    @Test
    void pdfDocumentInformationIsReadToo() {
        MetadataValues values = DocumentProperties.read(Map.of(
                "pdf:docinfo:title", List.of("Rwanda Social Service Workforce Strategy"),
                "pdf:docinfo:keywords", List.of("strategy; Rwanda"),
                "pdf:docinfo:created", List.of("2021-03-30T00:00:00Z")), years);

        assertThat(values.title()).isEqualTo("Rwanda Social Service Workforce Strategy");
        assertThat(values.keywords()).containsExactly("strategy", "Rwanda");
        assertThat(values.year()).isEqualTo(2021);
    }
}
