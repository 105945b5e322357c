package org.resourcelibrary.indexer.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.editions.EvidenceLine.Kind;

/**
 * Evidence kept as codes and values: said in English as reports always said it, written to and read back from
 * the proposals' JSON, and proposals written before the codes were kept still read.
 */
class EvidenceLineTest {

    @Test
    void eachKindIsSaidInEnglishAsReportsAlwaysSaidIt() {
        assertThat(EvidenceLine.of(Kind.SAME_ORGANISATION, "UNICEF").english()).isEqualTo("same organisation: UNICEF");
        assertThat(EvidenceLine.of(Kind.SAME_YEAR, 2019).english()).isEqualTo("same year: 2019");
        assertThat(EvidenceLine.of(Kind.YEARS, 2019, 2020).english()).isEqualTo("years 2019 and 2020");
        assertThat(EvidenceLine.of(Kind.TITLES, List.of("topic:a", "topic:b"), "en", "fr").english())
                .isEqualTo("titles name topic:a, topic:b (en, fr)");
        assertThat(EvidenceLine.of(Kind.PAGES, 12, 14).english()).isEqualTo("pages: 12 and 14");
        assertThat(EvidenceLine.of(Kind.HEADINGS, 3, 4).english()).isEqualTo("headings: 3 and 4");
        assertThat(EvidenceLine.of(Kind.NUMBERS, 0, 4, List.of()).english()).isEqualTo("numbers shared: 0 of 4");
        assertThat(EvidenceLine.of(Kind.NAMES, 7, 9, List.of("a", "b")).english())
                .isEqualTo("names shared: 7 of 9 (a, b, …)");
        assertThat(EvidenceLine.of(Kind.PAGES, 1, 2).about("x", "y").english()).isEqualTo("x ~ y: pages: 1 and 2");
    }

    @Test
    void aProposalWithItsCodesReadsBackAsItWasWritten() throws Exception {
        List<EvidenceLine> lines = List.of(EvidenceLine.of(Kind.SAME_ORGANISATION, "UNICEF"),
                EvidenceLine.of(Kind.NUMBERS, 3, 5, List.of("2019", "48")).about("a", "b"));
        EditionProposal written = new EditionProposal("k", List.of("a", "b"), List.of("en", "fr"),
                List.of("A", "B"), lines.stream().map(EvidenceLine::english).toList(), lines, 0.75);

        EditionProposal read = Json.mapper().readValue(Json.mapper().writeValueAsString(written),
                EditionProposal.class);

        assertThat(read).isEqualTo(written);
        assertThat(read.evidenceLines().get(1).more()).isTrue();
        assertThat(read.evidenceLines().get(1).kind()).hasValue(Kind.NUMBERS);
    }

    @Test
    void aProposalWrittenBeforeTheCodesWereKeptStillReads() throws Exception {
        String old = """
                {"key":"0123456789abcdef","ids":["a","b"],"languages":["en","fr"],"titles":["A","B"],
                 "evidence":["same organisation: UNICEF","pages: 2 and 2"],"score":0.8}""";

        EditionProposal read = Json.mapper().readValue(old, EditionProposal.class);

        assertThat(read.evidence()).containsExactly("same organisation: UNICEF", "pages: 2 and 2");
        assertThat(read.evidenceLines()).isEmpty();
    }

    @Test
    void aCodeThisVersionDoesNotKnowIsKeptWithItsValues() throws Exception {
        EvidenceLine line = Json.mapper().readValue("{\"code\":\"colours\",\"values\":{\"shared\":2}}",
                EvidenceLine.class);

        assertThat(line.kind()).isEmpty();
        assertThat(line.values()).isEqualTo(Map.of("shared", 2));
        assertThat(line.pair()).isEmpty();
    }
}
