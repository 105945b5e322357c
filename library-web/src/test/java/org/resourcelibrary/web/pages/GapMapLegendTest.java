package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.pages.GapMapView.Shade;

/** The gap map's legend: every shade a cell can have, with the documents it stands for. */
class GapMapLegendTest {

    /** Fullest cells tried: small maps, where shades are skipped, up to a library's worth. */
    private static final int MOST_TRIED = 700;

    @Test
    void everyShadeStandsForExactlyTheDocumentsOfTheCellsSoShaded() {
        for (long most = 1; most <= MOST_TRIED; most++) {
            List<Shade> legend = InsightsPage.legend(most);
            assertThat(legend.get(0)).isEqualTo(new Shade("heat-0", 0, 0));
            long next = 1;
            for (Shade shade : legend.subList(1, legend.size())) {
                assertThat(shade.from()).as("most %d", most).isEqualTo(next);
                for (long documents = shade.from(); documents <= shade.to(); documents++) {
                    assertThat("heat-" + InsightsPage.shade(documents, most)).as("most %d", most)
                            .isEqualTo(shade.css());
                }
                next = shade.to() + 1;
            }
            assertThat(next - 1).isEqualTo(most);
            assertThat(legend).extracting(Shade::css).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSmallMapShowsOnlyTheShadesItsCellsCanHave() {
        assertThat(InsightsPage.legend(3)).containsExactly(new Shade("heat-0", 0, 0), new Shade("heat-3", 1, 1),
                new Shade("heat-4", 2, 2), new Shade("heat-5", 3, 3));
    }

    @Test
    void aLargeMapGroupsTheDocumentsOfEachShade() {
        assertThat(InsightsPage.legend(100)).containsExactly(new Shade("heat-0", 0, 0), new Shade("heat-1", 1, 2),
                new Shade("heat-2", 3, 9), new Shade("heat-3", 10, 30), new Shade("heat-4", 31, 99),
                new Shade("heat-5", 100, 100));
    }

    @Test
    void withNoDocumentsTheLegendHasOnlyNone() {
        assertThat(InsightsPage.legend(0)).containsExactly(new Shade("heat-0", 0, 0));
    }
}
