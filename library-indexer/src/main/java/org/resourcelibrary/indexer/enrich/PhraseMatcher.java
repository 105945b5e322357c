package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.vocabulary.Cue;
import org.resourcelibrary.core.vocabulary.Cues;

/**
 * Finds cue phrases in a text, word by word: at each word the longest phrase that matches wins and uses up
 * its words, so "Guinea-Bissau" is never also "Guinea". Built once per run; immutable and thread-safe.
 */
final class PhraseMatcher {

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    PhraseMatcher(List<Cue> cues) {
        for (Cue cue : cues) {
            Tokens words = Tokens.of(cue.phrase());
            if (words.size() == 0) {
                continue;
            }
            String[] keys = new String[words.size()];
            byte[] shapes = new byte[words.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = words.key(i);
                shapes[i] = words.shape(i);
            }
            byFirstWord.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Phrase(cue, keys, shapes));
        }
        // Longest first; among equally long phrases the order of the cue list (listed before label-derived).
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> -p.keys.length)));
    }

    /**
     * The summed weight of the cues found in {@code text}, by code, counting only cues in one of
     * {@code languages} or in any language.
     */
    Map<String, Double> scores(Tokens text, Set<String> languages) {
        Map<String, Double> scores = new HashMap<>();
        for (Cue cue : find(text, languages)) {
            scores.merge(cue.code(), cue.weight(), Double::sum);
        }
        return scores;
    }

    /**
     * The cues found in {@code text}, in the order of the text, counting only cues in one of {@code languages}
     * or in any language; phrases that are not mentions are left out.
     */
    List<Cue> find(Tokens text, Set<String> languages) {
        List<Cue> found = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Phrase phrase = longestAt(text, i, languages);
            if (phrase == null) {
                i++;
                continue;
            }
            if (!phrase.cue.code().equals(Cues.NOT_A_MENTION)) {
                found.add(phrase.cue);
            }
            i += phrase.keys.length;
        }
        return found;
    }

    private Phrase longestAt(Tokens text, int start, Set<String> languages) {
        List<Phrase> candidates = byFirstWord.get(text.key(start));
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            if ((phrase.cue.language().equals(Cues.ANY_LANGUAGE) || languages.contains(phrase.cue.language()))
                    && phrase.matches(text, start)) {
                return phrase;
            }
        }
        return null;
    }

    private record Phrase(Cue cue, String[] keys, byte[] shapes) {

        boolean matches(Tokens text, int start) {
            if (start + keys.length > text.size()) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                if (!keys[i].equals(text.key(start + i)) || !text.fits(start + i, shapes[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
