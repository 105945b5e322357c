package org.resourcelibrary.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata values field by field, through the one field enum. */
class MetadataTest {

    /** A value of the right shape for each field. */
    private static Object sample(MetadataField field) {
        return switch (field.shape()) {
            case TEXT -> field.key() + " value";
            case LIST -> List.of(field.key() + " one", field.key() + " two");
            case YEAR -> 2019;
        };
    }

    @Test
    void everyFieldIsSetAndReadBackAlone() {
        for (MetadataField field : MetadataField.values()) {
            Metadata values = Metadata.NONE.with(field, sample(field));

            assertThat(values.get(field)).as(field.key()).isEqualTo(sample(field));
            for (MetadataField other : MetadataField.values()) {
                assertThat(values.has(other)).as("%s set, %s", field, other).isEqualTo(other == field);
            }
        }
    }

    @Test
    void valuesBuiltFromAMapOfFieldsHoldEachOne() {
        Map<MetadataField, Object> given = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            given.put(field, sample(field));
        }

        Metadata values = Metadata.of(given);

        for (MetadataField field : MetadataField.values()) {
            assertThat(values.get(field)).as(field.key()).isEqualTo(sample(field));
        }
    }

    @Test
    void aFieldKeptNormalisedWhenSetThroughTheEnum() {
        Metadata values = Metadata.NONE.with(MetadataField.KEYWORDS, List.of(" a ", "a", " ", "b"))
                .with(MetadataField.TITLE, "  ");

        assertThat(values.list(MetadataField.KEYWORDS)).containsExactly("a", "b");
        assertThat(values.has(MetadataField.TITLE)).isFalse();
    }
}
