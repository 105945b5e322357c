package org.resourcelibrary.core.thesaurus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Filter;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Labels;
import org.resourcelibrary.core.search.query.UserQuery.Translation;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The query stage between parsing and matching that crosses languages: the concepts a query's words name
 * (through the thesaurus) and, when expansion is on, the variants of the query with those words replaced by
 * the concept's other labels, or by the vocabulary value documents are tagged with. The variants match
 * besides the query as typed and score {@link #WEIGHT} of what they would alone.
 */
public final class QueryExpansion {

    /**
     * What a variant's score counts for against the query as typed. A label is scored as rare as the words
     * typed, so this is only what a translation is worth against the words themselves: below them, so the
     * words as typed come first, yet enough for a document in another language to rank among them (chosen by
     * measurement on the multilingual judged set and Cranfield, see BENCHMARKS.md).
     */
    public static final float WEIGHT = 0.5f;
    /** Concepts expanded in one query at most. */
    public static final int MAX_CONCEPTS = 4;
    /**
     * Labels added for one concept at most (besides its tagged documents): a label of several words is a
     * phrase in every field of its language.
     */
    public static final int MAX_LABELS = 6;

    /** Words longer than this may be a plural in s ("bus" is not). */
    private static final int PLURAL_FROM = 3;

    private final UserQuery query;
    private final List<ConceptMatch> matches;
    private final boolean expand;

    private QueryExpansion(UserQuery query, List<ConceptMatch> matches, boolean expand) {
        this.query = query;
        this.matches = List.copyOf(matches.subList(0, Math.min(matches.size(), MAX_CONCEPTS)));
        this.expand = expand;
    }

    /**
     * The concepts {@code query} names in {@code thesaurus}.
     *
     * @param expand whether the other labels are searched as well ({@code expand=false} turns it off)
     */
    public static QueryExpansion of(UserQuery query, Thesaurus thesaurus, boolean expand) {
        return new QueryExpansion(query, thesaurus.find(query), expand);
    }

    /** A query searched as typed. */
    public static QueryExpansion none(UserQuery query) {
        return new QueryExpansion(query, List.of(), false);
    }

    /**
     * The query without the words that name a concept and that the library's text lacks: the words spelling
     * correction may look at (a name of the vocabulary, such as "Kenia", is a word the library knows even when
     * no text has it).
     *
     * @param inText whether the library's text has a word
     */
    public UserQuery unnamedWords(Predicate<String> inText) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < query.groups().size(); i++) {
            int group = i;
            Group kept = query.groups().get(i);
            boolean named = matches.stream().anyMatch(m -> m.covers(group));
            if (!named || kept.alternatives().stream().anyMatch(c -> c instanceof Word w && inText.test(w.text()))) {
                groups.add(kept);
            }
        }
        return new UserQuery(groups);
    }

    /** What the expansion adds, for the response: empty when it is off or the query names no concept. */
    public List<Expansion> expansions() {
        return expand ? matches.stream().map(QueryExpansion::expansion).toList() : List.of();
    }

    /**
     * The variants of the query that match besides it: for each concept, the query with the concept's words
     * replaced by its other labels (one clause, {@link Labels}, scored as rare as the words typed); only that
     * replacement when {@code replacementOnly} (when the query's other words are optional anyway, repeating them
     * would only count them again). Empty when expansion is off.
     */
    public List<UserQuery> variants(boolean replacementOnly) {
        List<UserQuery> variants = new ArrayList<>();
        for (ConceptMatch match : expand ? matches : List.<ConceptMatch>of()) {
            List<Translation> labels = addedLabels(match).stream()
                    .map(label -> new Translation(label.language(), label.text())).toList();
            if (!labels.isEmpty()) {
                variants.add(replaced(match, new Group(List.of(new Labels(labels, typed(match)))), replacementOnly));
            }
        }
        return variants;
    }

    /**
     * For each concept that is a vocabulary value, the query with the concept's words replaced by the documents
     * tagged with it (a {@link Labels} clause of no labels, scored as rare as the words typed), its other words
     * kept. Empty when expansion is off.
     */
    public List<UserQuery> tagged() {
        List<UserQuery> variants = new ArrayList<>();
        for (ConceptMatch match : expand ? matches : List.<ConceptMatch>of()) {
            Concept concept = match.concept();
            concept.dimension().ifPresent(d -> variants.add(replaced(match, new Group(List.of(
                    new Labels(List.of(), typed(match), new Filter(d, concept.code())))), false)));
        }
        return variants;
    }

    private static List<String> typed(ConceptMatch match) {
        return List.of(match.matched().strip().split("\\s+"));
    }

    private static Expansion expansion(ConceptMatch match) {
        Concept concept = match.concept();
        String tagged = concept.dimension().map(d -> concept.id()).orElse(null);
        return new Expansion(concept.id(), match.matched(), addedLabels(match).stream().map(Label::text).toList(),
                tagged);
    }

    private UserQuery replaced(ConceptMatch match, Group replacement, boolean replacementOnly) {
        if (replacementOnly) {
            // Words the member excluded (NOT, -) or required (AND) hold in every variant, as in the query.
            List<Group> groups = new ArrayList<>(List.of(replacement));
            for (int i = 0; i < query.groups().size(); i++) {
                Group group = query.groups().get(i);
                if ((group.prohibited() || group.required()) && !match.covers(i)) {
                    groups.add(group);
                }
            }
            return new UserQuery(groups);
        }
        List<Group> groups = new ArrayList<>(query.groups().subList(0, match.firstGroup()));
        groups.add(replacement);
        groups.addAll(query.groups().subList(match.lastGroup() + 1, query.groups().size()));
        return new UserQuery(groups);
    }

    /**
     * The concept's labels that can find documents the words typed do not, each written once, preferred ones
     * first: a label with every word typed ("supportive supervision" for "supervision"), or the same words in
     * the plural ("reports" for "report", which the analysis already matches), finds none.
     */
    private static List<Label> addedLabels(ConceptMatch match) {
        Map<String, Label> byFolded = new LinkedHashMap<>();
        List<String> typed = singulars(Vocabulary.fold(match.matched()));
        for (boolean preferred : new boolean[] {true, false}) {
            for (Label label : match.concept().labels()) {
                String folded = Vocabulary.fold(label.text());
                boolean narrower = singulars(folded).containsAll(typed);
                if (label.preferred() == preferred && !narrower && byFolded.size() < MAX_LABELS) {
                    byFolded.putIfAbsent(folded, label);
                }
            }
        }
        return List.copyOf(byFolded.values());
    }

    /** The words of a folded text without a plural's final s (the four languages' regular plural). */
    private static List<String> singulars(String folded) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(word.length() > PLURAL_FROM && word.endsWith("s") ? word.substring(0, word.length() - 1)
                    : word);
        }
        return words;
    }
}
