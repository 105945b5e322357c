package org.resourcelibrary.core.vocabulary;

/**
 * A phrase whose presence in a document points to a vocabulary code: a country name or adjective, or a
 * keyword of a topic or resource type.
 *
 * @param code     the country, topic or type code, or {@link Cues#NOT_A_MENTION} for a phrase that contains a
 *                 cue but means something else ("Indian Ocean", "New Mexico"): it is matched so that its
 *                 words are not counted, and counts for nothing
 * @param language ISO 639-1 language of the phrase, or {@link Cues#ANY_LANGUAGE}
 * @param weight   how strongly the phrase points to the code; 1 is a plain mention
 * @param phrase   the phrase as written. Its letters' case says how it must appear in a text: a word in
 *                 capitals ("DRC") exactly so, a capitalised word ("Chad") with a capital, a lower-case word
 *                 in any case
 */
public record Cue(String code, String language, double weight, String phrase) {
}
