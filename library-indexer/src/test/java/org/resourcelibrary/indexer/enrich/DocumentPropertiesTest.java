package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;

class DocumentPropertiesTest {

    private final YearInference years = new YearInference(2025);

    @Test
    void informativePropertiesAreRead() {
        Metadata values = DocumentProperties.read(Map.of(
                "dc:title", List.of("The Jamii Case Pathway: A Case Management Toolkit"),
                "dc:creator", List.of("Amina Otieno; Peter Mwangi"),
                "meta:keyword", List.of("case management; child protection, Kenya"),
                "dc:subject", List.of("A toolkit for practitioners | case management; child protection, Kenya"),
                "extended-properties:Company", List.of("East Africa Social Work Consortium"),
                "dcterms:created", List.of("2016-08-22T09:00:00Z")), years);

        assertThat(values.text(MetadataField.TITLE)).isEqualTo("The Jamii Case Pathway: A Case Management Toolkit");
        assertThat(values.list(MetadataField.AUTHORS)).containsExactly("Amina Otieno", "Peter Mwangi");
        assertThat(values.list(MetadataField.KEYWORDS)).containsExactly("case management", "child protection", "Kenya");
        assertThat(values.text(MetadataField.ORGANIZATION)).isEqualTo("East Africa Social Work Consortium");
        assertThat(values.year(MetadataField.YEAR)).isEqualTo(2016);
    }

    @Test
    void placeholdersAreDropped() {
        Metadata values = DocumentProperties.read(Map.of(
                "dc:title", List.of("Microsoft Word - final_v3.docx"),
                "dc:creator", List.of("jbanda"),
                "meta:last-author", List.of("Utilisateur Windows"),
                "extended-properties:Company", List.of(""),
                "dc:publisher", List.of("Microsoft")), years);

        assertThat(values).isEqualTo(Metadata.NONE);
    }

    @Test
    void aWindowsUserIsNotAnAuthor() {
        Metadata values = DocumentProperties.read(Map.of("dc:creator", List.of("Utilisateur Windows")), years);

        assertThat(values.list(MetadataField.AUTHORS)).isEmpty();
    }

    @Test
    void anImplausibleCreationDateGivesNoYear() {
        assertThat(DocumentProperties.read(Map.of("dcterms:created", List.of("1601-01-01T00:00:00Z")),
                years).year(MetadataField.YEAR))
                .isNull();
    }

    @Test
    void pdfDocumentInformationIsReadToo() {
        Metadata values = DocumentProperties.read(Map.of(
                "pdf:docinfo:title", List.of("Rwanda Social Service Workforce Strategy"),
                "pdf:docinfo:keywords", List.of("strategy; Rwanda"),
                "pdf:docinfo:created", List.of("2021-03-30T00:00:00Z")), years);

        assertThat(values.text(MetadataField.TITLE)).isEqualTo("Rwanda Social Service Workforce Strategy");
        assertThat(values.list(MetadataField.KEYWORDS)).containsExactly("strategy", "Rwanda");
        assertThat(values.year(MetadataField.YEAR)).isEqualTo(2021);
    }
}
