package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.vocabulary.Cue;
import org.resourcelibrary.core.vocabulary.Cues;

class PhraseMatcherTest {

    private static final Set<String> EN = Set.of("en");

    private final PhraseMatcher matcher = new PhraseMatcher(List.of(
            new Cue("GN", "en", 1, "Guinea"),
            new Cue("GW", "en", 1, "Guinea-Bissau"),
            new Cue("TD", "en", 1, "Chad"),
            new Cue("US", "en", 0.5, "US"),
            new Cue("IN", "en", 0.5, "Indian"),
            new Cue(Cues.NOT_A_MENTION, "en", 0, "Indian Ocean"),
            new Cue("case-management", "en", 3, "case management"),
            new Cue("case-management", "fr", 3, "gestion des cas")));

    @Test
    void theLongestPhraseWinsAndUsesUpItsWords() {
        assertThat(matcher.scores(Tokens.of("Guinea-Bissau and Guinea"), EN)).containsEntry("GW", 1.0)
                .containsEntry("GN", 1.0);
        assertThat(matcher.scores(Tokens.of("in Guinea-Bissau"), EN)).doesNotContainKey("GN");
    }

    @Test
    void aCapitalisedNameDoesNotMatchTheCommonWord() {
        assertThat(matcher.scores(Tokens.of("a hanging chad"), EN)).isEmpty();
        assertThat(matcher.scores(Tokens.of("Chad and Niger"), EN)).containsEntry("TD", 1.0);
    }

    @Test
    void anAcronymMatchesOnlyInCapitals() {
        assertThat(matcher.scores(Tokens.of("tell us more"), EN)).isEmpty();
        assertThat(matcher.scores(Tokens.of("in the US"), EN)).containsEntry("US", 0.5);
    }

    @Test
    void aPhraseThatOnlyLooksLikeACueCountsForNothing() {
        assertThat(matcher.scores(Tokens.of("islands of the Indian Ocean"), EN)).isEmpty();
        assertThat(matcher.scores(Tokens.of("Indian social workers"), EN)).containsEntry("IN", 0.5);
    }

    @Test
    void weightsAddUpOverMentions() {
        assertThat(matcher.scores(Tokens.of("Case management: case managers and CASE MANAGEMENT"), EN))
                .containsEntry("case-management", 6.0);
    }

    @Test
    void onlyCuesOfTheGivenLanguagesCount() {
        Tokens text = Tokens.of("la gestion des cas");

        assertThat(matcher.scores(text, Set.of("en"))).isEmpty();
        assertThat(matcher.scores(text, Set.of("fr", "en"))).containsEntry("case-management", 3.0);
    }
}
