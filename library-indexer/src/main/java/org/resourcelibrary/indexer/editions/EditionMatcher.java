package org.resourcelibrary.indexer.editions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Whether two documents look like editions of one work. Only documents that can be (neither grouped yet, in
 * two languages, from one organisation, published within a year of each other) are compared; then each trait
 * a translation keeps counts by how alike it is in the two, and the titles must name a concept in common.
 */
final class EditionMatcher {

    /** Years apart two editions may be published (a translation often comes out the year after). */
    static final int MAX_YEARS_APART = 1;
    /** How alike two documents must be, 0 to 1, to be proposed. */
    static final double MIN_SCORE = 0.5;
    /** Numbers or names listed in the evidence, at most. */
    static final int SHOWN = 5;

    /** Each trait's weight in the score; traits that neither document has are left out of it. */
    private static final double TITLE_WEIGHT = 0.3;
    private static final double PAGES_WEIGHT = 0.2;
    private static final double HEADINGS_WEIGHT = 0.1;
    private static final double NUMBERS_WEIGHT = 0.2;
    private static final double NAMES_WEIGHT = 0.2;

    /** How alike two documents are and why. */
    record Likeness(double score, List<String> evidence) {
    }

    private EditionMatcher() {
    }

    /** Whether two documents may be editions of one work, before their texts are read. */
    static boolean candidates(Resource a, Resource b) {
        return a.work() == null && b.work() == null && a.language() != null && b.language() != null
                && !a.language().equals(b.language()) && a.organization() != null && b.organization() != null
                && organization(a).equals(organization(b)) && a.year() != null && b.year() != null
                && Math.abs(a.year() - b.year()) <= MAX_YEARS_APART;
    }

    /** An organisation as compared: case, accents and spacing aside. */
    static String organization(Resource resource) {
        return Vocabulary.fold(resource.organization()).replaceAll("\\s+", " ");
    }

    /** How alike two candidates are, when they are alike enough to propose. */
    static Optional<Likeness> match(EditionTraits a, EditionTraits b) {
        Set<String> sharedConcepts = shared(a.concepts(), b.concepts());
        if (sharedConcepts.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("same organisation: " + a.resource().organization());
        evidence.add(a.resource().year().equals(b.resource().year()) ? "same year: " + a.resource().year()
                : "years " + a.resource().year() + " and " + b.resource().year());
        evidence.add("titles name " + String.join(", ", sharedConcepts.stream().sorted().toList())
                + " (" + a.resource().language() + ", " + b.resource().language() + ")");
        double weighted = TITLE_WEIGHT * jaccard(a.concepts(), b.concepts());
        double weights = TITLE_WEIGHT;
        if (a.pages() != null && b.pages() != null) {
            weighted += PAGES_WEIGHT * ratio(a.pages(), b.pages());
            weights += PAGES_WEIGHT;
            evidence.add("pages: " + a.pages() + " and " + b.pages());
        }
        if (a.headings() > 0 || b.headings() > 0) {
            weighted += HEADINGS_WEIGHT * ratio(a.headings(), b.headings());
            weights += HEADINGS_WEIGHT;
            evidence.add("headings: " + a.headings() + " and " + b.headings());
        }
        if (!a.numbers().isEmpty() || !b.numbers().isEmpty()) {
            weighted += NUMBERS_WEIGHT * jaccard(a.numbers(), b.numbers());
            weights += NUMBERS_WEIGHT;
            evidence.add(sharing("numbers", a.numbers(), b.numbers()));
        }
        if (!a.names().isEmpty() || !b.names().isEmpty()) {
            weighted += NAMES_WEIGHT * jaccard(a.names(), b.names());
            weights += NAMES_WEIGHT;
            evidence.add(sharing("names", a.names(), b.names()));
        }
        double score = weighted / weights;
        return score >= MIN_SCORE ? Optional.of(new Likeness(score, evidence)) : Optional.empty();
    }

    private static String sharing(String what, Set<String> a, Set<String> b) {
        Set<String> both = shared(a, b);
        List<String> shown = both.stream().sorted().limit(SHOWN).toList();
        return String.format(Locale.ROOT, "%s shared: %d of %d%s", what, both.size(), union(a, b),
                shown.isEmpty() ? "" : " (" + String.join(", ", shown) + (both.size() > SHOWN ? ", …)" : ")"));
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static int union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.size();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int union = union(a, b);
        return union == 0 ? 0 : (double) shared(a, b).size() / union;
    }

    /** 1 when equal, falling as the smaller falls short of the larger. */
    private static double ratio(int a, int b) {
        return Math.max(a, b) == 0 ? 1 : (double) Math.min(a, b) / Math.max(a, b);
    }
}
