package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.web.i18n.Messages;

/** A proposal's evidence said in the page's language from its codes, and older proposals' English kept. */
class EvidenceWordsTest {

    private static List<String> lines(String language, String proposalJson) throws Exception {
        EditionProposal proposal = Json.mapper().readValue(proposalJson, EditionProposal.class);
        return new EvidenceWords(Messages.in(language), Vocabulary.standard(), Thesaurus.standard()).lines(proposal)
                .stream().map(EvidenceWordsTest::html).toList();
    }

    private static String html(Content content) {
        StringOutput output = new StringOutput();
        content.writeTo(output);
        return output.toString();
    }

    @Test
    void aLineOfALargerGroupNamesItsPairAndItsSharedNamesAsTheLibrarysText() throws Exception {
        String json = Json.mapper().writeValueAsString(Map.of("key", "k", "ids", List.of("a", "b", "c"),
                "languages", List.of("en", "fr", "es"), "titles", List.of("A", "B", "C"), "score", 0.7,
                "evidence", List.of("a ~ b: names shared: 9 of 12 (jamii, <lusaka>, …)"),
                "evidenceLines", List.of(Map.of("code", "names", "pair", List.of("a", "b"),
                        "values", Map.of("shared", 9, "of", 12, "shown", List.of("jamii", "<lusaka>"))))));

        assertThat(lines("pt", json)).containsExactly("<span class=\"library-text\">a</span> ~ <span"
                + " class=\"library-text\">b</span>: nomes próprios em comum: 9 de 12 (<span class=\"library-text\">"
                + "jamii, &lt;lusaka&gt;</span>, …)");
    }

    @Test
    void aProposalWrittenBeforeTheCodesShowsItsEnglishLinesMarkedAsEnglish() throws Exception {
        String old = """
                {"key":"k","ids":["a","b"],"languages":["en","fr"],"titles":["A","B"],
                 "evidence":["same organisation: UNICEF"],"score":0.8}""";

        assertThat(lines("fr", old)).containsExactly("<span lang=\"en\">same organisation: UNICEF</span>");
    }
}
