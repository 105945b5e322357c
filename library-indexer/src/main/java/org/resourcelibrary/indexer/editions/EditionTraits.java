package org.resourcelibrary.indexer.editions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.thesaurus.ConceptMatch;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * What a translation keeps of a document, whatever its language: its structure (pages or slides, headings),
 * its numbers and proper nouns, and the concepts its title names (through the thesaurus, in any language).
 *
 * @param pages    pages or slides, or null when the format has none
 * @param headings lines that read as headings
 * @param numbers  the numbers of two digits or more, separators left out ("9,000" and "9 000" are 9000)
 * @param names    proper nouns: capitalised words within a sentence, folded
 * @param concepts the thesaurus's concepts its title names, by id
 */
record EditionTraits(Resource resource, Integer pages, int headings, Set<String> numbers, Set<String> names,
                     Set<String> concepts) {

    /** Longest line read as a heading. */
    static final int MAX_HEADING_CHARS = 80;
    /** Shortest proper noun: shorter capitalised words are too often articles or initials. */
    static final int MIN_NAME_CHARS = 3;

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,\\u00a0\\u202f ]*\\d");
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\d,;:)] )\\p{Lu}[\\p{L}\\-']+");
    private static final Pattern HEADING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?\\s+)?\\p{Lu}[^.;:,!?]*$");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** @param concepts the concepts its title names ({@link #concepts}) */
    static EditionTraits of(Resource resource, List<String> pages, Set<String> concepts) {
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        int headings = 0;
        for (String page : pages) {
            Matcher number = NUMBER.matcher(page);
            while (number.find()) {
                numbers.add(number.group().replaceAll("[^\\d]", ""));
            }
            Matcher name = NAME.matcher(page);
            while (name.find()) {
                if (name.group().length() >= MIN_NAME_CHARS) {
                    names.add(Vocabulary.fold(name.group()));
                }
            }
            for (String line : page.split("\\R")) {
                String stripped = line.strip();
                if (stripped.length() > 1 && stripped.length() <= MAX_HEADING_CHARS
                        && HEADING.matcher(stripped).matches()) {
                    headings++;
                }
            }
        }
        Integer pageCount = resource.extraction() == null ? null : resource.extraction().pages();
        return new EditionTraits(resource, pageCount, headings, Set.copyOf(numbers), Set.copyOf(names),
                Set.copyOf(concepts));
    }

    /** The concepts a title names; its punctuation is left out, so that it reads as words and nothing else. */
    static Set<String> concepts(String title, Thesaurus thesaurus, UserQueryParser parser) {
        if (title == null || title.isBlank()) {
            return Set.of();
        }
        Set<String> concepts = new HashSet<>();
        for (ConceptMatch match : thesaurus.find(parser.parse(NOT_A_WORD.matcher(title).replaceAll(" ").strip()))) {
            concepts.add(match.concept().id());
        }
        return Set.copyOf(concepts);
    }
}
