package org.resourcelibrary.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Suggestions as a member types, whichever backend holds the library: facet values (countries, topics, types,
 * regions, organisations) whose label has a word starting with what was typed, then titles that contain the typed
 * words, the last one as a prefix. The backend counts the library's values and finds the titles.
 */
public final class Autocomplete {

    /** Facet values offered at most, before titles. */
    public static final int MAX_FACET_SUGGESTIONS = 4;
    /** Dimensions offered as suggestions, in order. */
    public static final List<Dimension> SUGGESTED = Dimension.suggested();

    /** Finds titles for the typed words. */
    @FunctionalInterface
    public interface Titles {
        /**
         * At most {@code count} documents whose title has every one of {@code words} (folded) and, for the last
         * one, a word starting with it, best first, as title suggestions.
         */
        List<Suggestion> find(String[] words, int count) throws IOException;
    }

    private Autocomplete() {
    }

    /**
     * @param values    the library's values of each {@link #SUGGESTED} dimension, labelled in {@code language}
     * @param thesaurus names of the values besides their labels: "Costa de Marfil" suggests Côte d'Ivoire in
     *                  Spanish, where the locale data names it "Côte d’Ivoire"
     */
    public static List<Suggestion> suggest(Map<Dimension, List<FacetValue>> values, String prefix, int count,
                                           String language, Thesaurus thesaurus, Titles titles) throws IOException {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || count < 1) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Dimension dimension : SUGGESTED) {
            List<FacetValue> named = new ArrayList<>(matching(values.getOrDefault(dimension, List.of()), typed,
                    count));
            named.addAll(alsoNamed(thesaurus, dimension, values.getOrDefault(dimension, List.of()), typed, language,
                    named));
            for (FacetValue value : named) {
                if (suggestions.size() < Math.min(count, MAX_FACET_SUGGESTIONS)) {
                    suggestions.add(new Suggestion(value.label(), dimension.param(), value.value()));
                }
            }
        }
        String[] words = Vocabulary.fold(typed).split(" ");
        int left = count - suggestions.size();
        if (left > 0 && words.length > 0 && !words[0].isEmpty()) {
            suggestions.addAll(titles.find(words, left));
        }
        return suggestions;
    }

    /**
     * Values whose label or code has a word starting with {@code prefix} (folded: case and accents
     * ignored), in their given order; all of them when the prefix is blank; at most {@code count}.
     */
    public static List<FacetValue> matching(List<FacetValue> values, String prefix, int count) {
        String folded = prefix == null ? "" : Vocabulary.fold(prefix);
        List<FacetValue> matches = new ArrayList<>();
        for (FacetValue value : values) {
            if (matches.size() >= count) {
                break;
            }
            if (folded.isEmpty() || startsWord(Vocabulary.fold(value.label()), folded)
                    || Vocabulary.fold(value.value()).startsWith(folded)) {
                matches.add(value);
            }
        }
        return matches;
    }

    /** Values not yet among {@code found} whose other names in the thesaurus, in {@code language}, match. */
    private static List<FacetValue> alsoNamed(Thesaurus thesaurus, Dimension dimension, List<FacetValue> values,
                                              String prefix, String language, List<FacetValue> found) {
        String folded = Vocabulary.fold(prefix);
        List<FacetValue> named = new ArrayList<>();
        for (FacetValue value : values) {
            boolean matches = !found.contains(value) && thesaurus.concept(dimension.param() + ":" + value.value())
                    .map(concept -> concept.labels().stream().anyMatch(label -> label.language().equals(language)
                            && startsWord(Vocabulary.fold(label.text()), folded)))
                    .orElse(false);
            if (matches) {
                named.add(value);
            }
        }
        return named;
    }

    private static boolean startsWord(String text, String prefix) {
        return text.startsWith(prefix) || text.contains(" " + prefix);
    }
}
