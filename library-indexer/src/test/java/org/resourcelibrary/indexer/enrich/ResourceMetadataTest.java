package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ResourceMetadataTest {

    private static final Metadata ROW = Metadata.NONE.with(MetadataField.TITLE, "Manifest title")
            .with(MetadataField.COUNTRIES, List.of("ZM"));
    private static final Metadata PROPERTIES = Metadata.NONE.with(MetadataField.TITLE, "Property title")
            .with(MetadataField.SUMMARY, "A summary").with(MetadataField.AUTHORS, List.of("J. Banda"))
            .with(MetadataField.YEAR, 2019);
    private static final Metadata INFERRED = Metadata.NONE.with(MetadataField.TITLE, "Inferred title")
            .with(MetadataField.COUNTRIES, List.of("KE")).with(MetadataField.TOPICS, List.of("supervision"))
            .with(MetadataField.TYPE, "report").with(MetadataField.LANGUAGE, "en").with(MetadataField.YEAR, 2018);

    private static ResourceMetadata merged() {
        return ResourceMetadata.merge(List.of(new ResourceMetadata.Layer(FieldSource.MANIFEST, ROW),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, PROPERTIES),
                new ResourceMetadata.Layer(FieldSource.INFERRED, INFERRED)));
    }

    @Test
    void eachFieldComesFromTheFirstLayerThatHasIt() {
        ResourceMetadata metadata = merged();

        assertThat(metadata.values()).isEqualTo(Metadata.NONE.with(MetadataField.TITLE, "Manifest title")
                .with(MetadataField.SUMMARY, "A summary").with(MetadataField.AUTHORS, List.of("J. Banda"))
                .with(MetadataField.COUNTRIES, List.of("ZM")).with(MetadataField.TOPICS, List.of("supervision"))
                .with(MetadataField.TYPE, "report").with(MetadataField.LANGUAGE, "en")
                .with(MetadataField.YEAR, 2019));
        assertThat(metadata.provenance()).isEqualTo(Map.of(MetadataField.TITLE, FieldSource.MANIFEST,
                MetadataField.SUMMARY, FieldSource.PROPERTIES, MetadataField.AUTHORS, FieldSource.PROPERTIES,
                MetadataField.COUNTRIES, FieldSource.MANIFEST, MetadataField.TOPICS, FieldSource.INFERRED,
                MetadataField.TYPE, FieldSource.INFERRED, MetadataField.LANGUAGE, FieldSource.INFERRED,
                MetadataField.YEAR, FieldSource.PROPERTIES));
    }

    @Test
    void regionsFollowFromCountries() {
        Metadata values = Metadata.NONE.with(MetadataField.COUNTRIES, List.of("ZM", "KE", "SN"));
        ResourceMetadata metadata =
                ResourceMetadata.merge(List.of(new ResourceMetadata.Layer(FieldSource.EDIT, values)));

        assertThat(metadata.regions(Vocabulary.standard()))
                .containsExactly("eastern-southern-africa", "west-central-africa");
    }

    @Test
    void appliedToAResourceItReplacesTheMetadataAndKeepsTheFileFacts() {
        Resource file = Resource.of("id-1", Metadata.NONE.with(MetadataField.TITLE, "old"))
                .withFile("z.pdf", "application/pdf", 42, "ab".repeat(32)).withTimes(Instant.EPOCH, Instant.EPOCH);

        Resource resource = merged().applyTo(file);

        assertThat(resource.title()).isEqualTo("Manifest title");
        assertThat(resource.countries()).containsExactly("ZM");
        assertThat(resource.year()).isEqualTo(2019);
        assertThat(resource.provenance()).containsEntry(MetadataField.TITLE, FieldSource.MANIFEST);
        assertThat(resource.id()).isEqualTo("id-1");
        assertThat(resource.fileName()).isEqualTo("z.pdf");
        assertThat(resource.sizeBytes()).isEqualTo(42);
    }
}
