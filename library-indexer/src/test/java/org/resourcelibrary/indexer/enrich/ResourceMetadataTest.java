package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ResourceMetadataTest {

    private static final MetadataValues ROW = new MetadataValues("Manifest title", null, null, null, List.of("ZM"),
            null, null, null, null, null, null, null);
    private static final MetadataValues PROPERTIES = new MetadataValues("Property title", "A summary", null,
            List.of("J. Banda"), null, null, null, null, 2019, null, null, null);
    private static final MetadataValues INFERRED = new MetadataValues("Inferred title", null, null, null,
            List.of("KE"), List.of("supervision"), "report", "en", 2018, null, null, null);

    private static ResourceMetadata merged() {
        return ResourceMetadata.merge(List.of(new ResourceMetadata.Layer(FieldSource.MANIFEST, ROW),
                new ResourceMetadata.Layer(FieldSource.PROPERTIES, PROPERTIES),
                new ResourceMetadata.Layer(FieldSource.INFERRED, INFERRED)));
    }

    @Test
    void eachFieldComesFromTheFirstLayerThatHasIt() {
        ResourceMetadata metadata = merged();

        assertThat(metadata.values()).isEqualTo(new MetadataValues("Manifest title", "A summary", null,
                List.of("J. Banda"), List.of("ZM"), List.of("supervision"), "report", "en", 2019, null, null, null));
        assertThat(metadata.provenance()).isEqualTo(Map.of("title", FieldSource.MANIFEST, "summary",
                FieldSource.PROPERTIES, "authors", FieldSource.PROPERTIES, "countries", FieldSource.MANIFEST,
                "topics", FieldSource.INFERRED, "type", FieldSource.INFERRED, "language", FieldSource.INFERRED,
                "year", FieldSource.PROPERTIES));
    }

    @Test
    void regionsFollowFromCountries() {
        MetadataValues values = new MetadataValues(null, null, null, null, List.of("ZM", "KE", "SN"), null, null,
                null, null, null, null, null);
        ResourceMetadata metadata =
                ResourceMetadata.merge(List.of(new ResourceMetadata.Layer(FieldSource.EDIT, values)));

        assertThat(metadata.regions(Vocabulary.standard()))
                .containsExactly("eastern-southern-africa", "west-central-africa");
    }

    @Test
    void appliedToAResourceItReplacesTheMetadataAndKeepsTheFileFacts() {
        Resource file = new Resource("id-1", "old", null, null, null, null, null, null, null, null, null, "z.pdf",
                "application/pdf", 42, "ab".repeat(32), null, Instant.EPOCH, Instant.EPOCH, null, null, null, null);

        Resource resource = merged().applyTo(file);

        assertThat(resource.title()).isEqualTo("Manifest title");
        assertThat(resource.countries()).containsExactly("ZM");
        assertThat(resource.year()).isEqualTo(2019);
        assertThat(resource.provenance()).containsEntry("title", FieldSource.MANIFEST);
        assertThat(resource.id()).isEqualTo("id-1");
        assertThat(resource.fileName()).isEqualTo("z.pdf");
        assertThat(resource.sizeBytes()).isEqualTo(42);
    }
}
