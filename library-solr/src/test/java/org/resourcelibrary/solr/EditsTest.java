package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edits are counted as Lucene's fuzzy terms count them: two neighbours swapped are one edit. */
class EditsTest {

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(Edits.between("sanitation", "santiation")).isEqualTo(1);
    }

    @Test
    void insertionsDeletionsAndReplacementsAreOneEachByCodePoint() {
        assertThat(Edits.between("gestão", "gestao")).isEqualTo(1);
        assertThat(Edits.between("water", "waters")).isEqualTo(1);
        assertThat(Edits.between("water", "wter")).isEqualTo(1);
        assertThat(Edits.between("water", "wader")).isEqualTo(1);
        assertThat(Edits.between("water", "wadre")).isEqualTo(2);
        assertThat(Edits.between("water", "water")).isZero();
    }
}
