package org.resourcelibrary.indexer.editions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Documents that look like editions of one work, proposed to a librarian.
 *
 * @param key       names the proposal (derived from its documents, so it is the same in every report and
 *                  after a restart): what a librarian confirms or dismisses
 * @param ids       the documents, by id
 * @param languages each document's language, in the order of {@code ids}
 * @param titles    each document's title, in the order of {@code ids}
 * @param evidence  why they look like one work, a line each, in English (as reports have always said it)
 * @param evidenceLines the same lines as codes and values, in the same order, for a reader to say in its
 *                  language; empty in reports written before they were kept
 * @param score     how alike they are, 0 to 1 (the least alike pair of the group)
 */
public record EditionProposal(String key, List<String> ids, List<String> languages, List<String> titles,
                              List<String> evidence, List<EvidenceLine> evidenceLines, double score) {

    /** Characters of the key: enough that two proposals of one library never share one. */
    private static final int KEY_LENGTH = 16;

    public EditionProposal {
        ids = List.copyOf(ids);
        languages = List.copyOf(languages);
        titles = List.copyOf(titles);
        evidence = List.copyOf(evidence);
        evidenceLines = evidenceLines == null ? List.of() : List.copyOf(evidenceLines);
    }

    /** The key of a proposal of these documents (in any order). */
    public static String keyOf(List<String> ids) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", ids.stream().sorted()
                    .toList()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
