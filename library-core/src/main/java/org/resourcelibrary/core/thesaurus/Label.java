package org.resourcelibrary.core.thesaurus;

/**
 * One name of a concept.
 *
 * @param language  ISO 639-1 code, one of the vocabulary's label languages
 * @param preferred the concept's preferred label in that language (SKOS {@code prefLabel}), else an
 *                  alternative one ({@code altLabel})
 * @param text      the label as written, with its accents
 */
public record Label(String language, boolean preferred, String text) {
}
