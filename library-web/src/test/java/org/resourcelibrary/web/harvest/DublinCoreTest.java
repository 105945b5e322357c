package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.harvest.DublinCore.Element;

/** A document's Dublin Core record derives from the metadata fields' own definitions. */
class DublinCoreTest {

    private final DublinCore dublinCore = new DublinCore(Vocabulary.standard());

    @Test
    void everyMetadataFieldWithAnElementHasOneTheRecordWrites() {
        for (MetadataField field : MetadataField.values()) {
            if (field.dublinCore() != null) {
                assertThat(DublinCore.ELEMENTS).as(field.key()).contains(field.dublinCore());
            }
        }
    }

    @Test
    void aWorkGoesOutAsItsEditionsPagesNotItsKey() {
        Resource resource = Resource.of("d3", Metadata.NONE.with(MetadataField.TITLE, "A report")
                        .with(MetadataField.WORK, "case-management-toolkit"))
                .withFile("a.pdf", "application/pdf", 1, null);

        assertThat(dublinCore.elements(resource, "page", "file", List.of("other-page"))).containsExactly(
                new Element("title", "A report"), new Element("identifier", "page"),
                new Element("identifier", "file"), new Element("format", "application/pdf"),
                new Element("relation", "other-page"));
    }

    @Test
    void codesBecomeLabelsTopicsComeBeforeKeywordsAndCountriesBeforeTheirRegions() {
        Resource resource = Resource.of("d1", Metadata.NONE.with(MetadataField.TITLE, "A report")
                        .with(MetadataField.KEYWORDS, List.of("mentoring"))
                        .with(MetadataField.TOPICS, List.of("case-management"))
                        .with(MetadataField.COUNTRIES, List.of("ZM")).with(MetadataField.LANGUAGE, "fr")
                        .with(MetadataField.YEAR, 2019).with(MetadataField.FUNDER, "Oak Trust"))
                .withFile("a.pdf", "application/pdf", 1, null);

        assertThat(dublinCore.elements(resource, "page", "file", List.of())).containsExactly(
                new Element("title", "A report"), new Element("contributor", "Oak Trust"),
                new Element("date", "2019"), new Element("subject", "Case management"),
                new Element("subject", "mentoring"), new Element("coverage", "Zambia"),
                new Element("coverage", "Eastern & Southern Africa"), new Element("language", "fr"),
                new Element("identifier", "page"), new Element("identifier", "file"),
                new Element("format", "application/pdf"));
    }

    @Test
    void aDocumentWithoutATitleIsTitledByItsFileName() {
        Resource resource = Resource.of("d2", Metadata.NONE).withFile("scan.pdf", "application/pdf", 1, null);

        assertThat(dublinCore.elements(resource, "page", "file", List.of())).startsWith(new Element("title", "scan.pdf"));
    }
}
