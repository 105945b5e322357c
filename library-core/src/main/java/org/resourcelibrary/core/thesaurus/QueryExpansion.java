package org.resourcelibrary.core.thesaurus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.query.UserQuery;
import org.resourcelibrary.core.query.UserQuery.Clause;
import org.resourcelibrary.core.query.UserQuery.Filter;
import org.resourcelibrary.core.query.UserQuery.Group;
import org.resourcelibrary.core.query.UserQuery.Phrase;
import org.resourcelibrary.core.query.UserQuery.Word;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The query stage between parsing and matching that crosses languages: the concepts a query's words name
 * (through the thesaurus) and, when expansion is on, the variants of the query with those words replaced by
 * each of the concept's other labels, or by the vocabulary value documents are tagged with. The variants
 * match besides the query as typed and score {@link #WEIGHT} of what they would alone.
 */
public final class QueryExpansion {

    /**
     * What a variant's score counts for against the query as typed: below it, so the words as typed come
     * first, yet enough for a document in another language to rank among them.
     */
    public static final float WEIGHT = 0.3f;
    /** Concepts expanded in one query at most. */
    public static final int MAX_CONCEPTS = 4;
    /**
     * Labels added for one concept at most (besides its tagged documents): each is searched in every field
     * and analysis, so each costs about as much as the query as typed.
     */
    public static final int MAX_LABELS = 6;

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
     * The query without the words that name a concept: the words spelling correction may look at (a name of
     * the vocabulary, such as "Kenia", is a word the library knows even when no text has it).
     */
    public UserQuery unnamedWords() {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < query.groups().size(); i++) {
            int group = i;
            if (matches.stream().noneMatch(m -> m.covers(group))) {
                groups.add(query.groups().get(i));
            }
        }
        return new UserQuery(groups);
    }

    /** What the expansion adds, for the response: empty when it is off or the query names no concept. */
    public List<Expansion> expansions() {
        return expand ? matches.stream().map(QueryExpansion::expansion).toList() : List.of();
    }

    /**
     * The variants of the query that match besides it, one per added label or tagged value: each the query
     * with the words of one concept replaced; only that replacement when {@code replacementOnly} (when the
     * query's other words are optional anyway, repeating them would only count them again). Empty when
     * expansion is off.
     *
     * @param tagged whether tagged documents are variants too (not for marking words in text)
     */
    public List<UserQuery> variants(boolean replacementOnly, boolean tagged) {
        List<UserQuery> variants = new ArrayList<>();
        for (ConceptMatch match : expand ? matches : List.<ConceptMatch>of()) {
            List<Clause> replacements = new ArrayList<>();
            for (String label : expansion(match).added()) {
                replacements.add(Vocabulary.fold(label).contains(" ") ? new Phrase(label, null)
                        : new Word(label, null, false));
            }
            Concept concept = match.concept();
            concept.dimension().filter(d -> tagged).ifPresent(d -> replacements.add(new Filter(d, concept.code())));
            for (Clause replacement : replacements) {
                variants.add(replaced(match, new Group(List.of(replacement), false), replacementOnly));
            }
        }
        return variants;
    }

    private static Expansion expansion(ConceptMatch match) {
        Concept concept = match.concept();
        String tagged = concept.dimension().map(d -> concept.id()).orElse(null);
        return new Expansion(concept.id(), match.matched(), addedLabels(match), tagged);
    }

    private UserQuery replaced(ConceptMatch match, Group replacement, boolean replacementOnly) {
        if (replacementOnly) {
            return new UserQuery(List.of(replacement));
        }
        List<Group> groups = new ArrayList<>(query.groups().subList(0, match.firstGroup()));
        groups.add(replacement);
        groups.addAll(query.groups().subList(match.lastGroup() + 1, query.groups().size()));
        return new UserQuery(groups);
    }

    /**
     * The concept's labels that can find documents the words typed do not, each written once, preferred ones
     * first: a label with every word typed ("supportive supervision" for "supervision") finds none.
     */
    private static List<String> addedLabels(ConceptMatch match) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        List<String> typed = List.of(Vocabulary.fold(match.matched()).split(" "));
        for (boolean preferred : new boolean[] {true, false}) {
            for (Label label : match.concept().labels()) {
                String folded = Vocabulary.fold(label.text());
                boolean narrower = List.of(folded.split(" ")).containsAll(typed);
                if (label.preferred() == preferred && !narrower && byFolded.size() < MAX_LABELS) {
                    byFolded.putIfAbsent(folded, label.text());
                }
            }
        }
        return List.copyOf(byFolded.values());
    }
}
