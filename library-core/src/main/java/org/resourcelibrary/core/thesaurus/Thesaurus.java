package org.resourcelibrary.core.thesaurus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The field's concepts in four languages: those of the thesaurus file, and every country, region, topic
 * and type of the vocabulary with its labels (countries named as the JDK's locale data names them), the
 * file's labels for them added. Immutable and thread-safe.
 */
public final class Thesaurus {

    /** The thesaurus shipped with the library, the data directory's until a librarian changes it. */
    public static final String SHIPPED = "thesaurus.csv";

    private static final Thesaurus STANDARD = of(shippedText(), Vocabulary.standard());

    private final Map<String, Concept> concepts;
    private final int fileConcepts;
    /** Folded label (words separated by one space) → the concepts it names. */
    private final Map<String, List<Concept>> byLabel;

    private Thesaurus(Map<String, Concept> concepts, int fileConcepts) {
        this.concepts = Collections.unmodifiableMap(concepts);
        this.fileConcepts = fileConcepts;
        Map<String, List<Concept>> index = new HashMap<>();
        for (Concept concept : concepts.values()) {
            for (Label label : concept.labels()) {
                List<Concept> named = index.computeIfAbsent(Vocabulary.fold(label.text()), k -> new ArrayList<>());
                if (!named.contains(concept)) {
                    named.add(concept);
                }
            }
        }
        this.byLabel = index;
    }

    /** The shipped thesaurus over the shipped vocabulary. */
    public static Thesaurus standard() {
        return STANDARD;
    }

    /**
     * The thesaurus of a file's text over a vocabulary.
     *
     * @throws ThesaurusException naming the first line at fault
     */
    public static Thesaurus of(String csv, Vocabulary vocabulary) {
        List<Concept> file = ThesaurusCsv.parse(csv, vocabulary);
        Map<String, Concept> concepts = new LinkedHashMap<>();
        file.forEach(c -> concepts.put(c.id(), c));
        for (String code : vocabulary.countryCodes()) {
            Map<String, String> names = new LinkedHashMap<>();
            Vocabulary.LABEL_LANGUAGES.forEach(language -> names.put(language,
                    vocabulary.label(Dimension.COUNTRY, code, language)));
            merge(concepts, "country:" + code, names);
        }
        vocabulary.regions().forEach(term -> merge(concepts, "region:" + term.code(), labels(term)));
        vocabulary.topics().forEach(term -> merge(concepts, "topic:" + term.code(), labels(term)));
        vocabulary.types().forEach(term -> merge(concepts, "type:" + term.code(), labels(term)));
        return new Thesaurus(concepts, file.size());
    }

    /** The text of the shipped thesaurus file. */
    public static String shippedText() {
        try (InputStream in = Thesaurus.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + SHIPPED, e);
        }
    }

    /** Every concept: the file's, then the vocabulary's it does not mention. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    /** How many concepts the file itself defines. */
    public int fileConcepts() {
        return fileConcepts;
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** The concepts a label names (in any language, case and accents aside). */
    public List<Concept> named(String label) {
        return byLabel.getOrDefault(Vocabulary.fold(label), List.of());
    }

    /**
     * The concepts a query's words name: from left to right, the longest run of consecutive plain words (or a
     * quoted phrase) that is a label. Words used in one match are not used in another.
     */
    public List<ConceptMatch> find(UserQuery query) {
        List<Group> groups = query.groups();
        List<ConceptMatch> matches = new ArrayList<>();
        int start = 0;
        while (start < groups.size()) {
            int longestEnd = -1;
            String longestWords = null;
            String longestTyped = null;
            StringBuilder words = new StringBuilder();
            StringBuilder typed = new StringBuilder();
            for (int end = start; end < groups.size(); end++) {
                String text = text(groups.get(end));
                String folded = text == null ? "" : Vocabulary.fold(text);
                if (folded.isEmpty()) {
                    break;
                }
                words.append(words.length() == 0 ? "" : " ").append(folded);
                typed.append(typed.length() == 0 ? "" : " ").append(text);
                if (words.toString().split(" ").length > ThesaurusCsv.MAX_LABEL_WORDS) {
                    break;
                }
                if (byLabel.containsKey(words.toString())) {
                    longestEnd = end;
                    longestWords = words.toString();
                    longestTyped = typed.toString();
                }
            }
            if (longestEnd < 0) {
                start++;
                continue;
            }
            for (Concept concept : byLabel.get(longestWords)) {
                matches.add(new ConceptMatch(concept, start, longestEnd, longestTyped));
            }
            start = longestEnd + 1;
        }
        return matches;
    }

    /** The words of a group that can name a concept: one plain word, or a phrase in any field; else null. */
    private static String text(Group group) {
        if (group.prohibited() || group.alternatives().size() != 1) {
            return null;
        }
        if (group.alternatives().get(0) instanceof Word word && word.field() == null && !word.prefix()) {
            return word.text();
        }
        return group.alternatives().get(0) instanceof Phrase phrase && phrase.field() == null ? phrase.text() : null;
    }

    private static Map<String, String> labels(Term term) {
        Map<String, String> names = new LinkedHashMap<>();
        Vocabulary.LABEL_LANGUAGES.forEach(language -> names.put(language, term.label(language)));
        return names;
    }

    /**
     * Adds a vocabulary value's names to its concept: each the preferred label in its language unless the
     * file gives one, else an alternative label.
     */
    private static void merge(Map<String, Concept> concepts, String id, Map<String, String> names) {
        Concept existing = concepts.get(id);
        List<Label> labels = new ArrayList<>(existing == null ? List.of() : existing.labels());
        names.forEach((language, name) -> {
            boolean preferred = labels.stream().noneMatch(l -> l.preferred() && l.language().equals(language));
            // The file may give the same name as an alternative: then it is the preferred one as written here.
            labels.removeIf(l -> l.language().equals(language) && !l.preferred()
                    && Vocabulary.fold(l.text()).equals(Vocabulary.fold(name)) && preferred);
            boolean known = labels.stream().anyMatch(l -> l.language().equals(language)
                    && Vocabulary.fold(l.text()).equals(Vocabulary.fold(name)));
            if (!known) {
                labels.add(preferred ? 0 : labels.size(), new Label(language, preferred, name));
            }
        });
        concepts.put(id, new Concept(id, labels));
    }
}
