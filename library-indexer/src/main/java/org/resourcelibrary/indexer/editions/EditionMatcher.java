package org.resourcelibrary.indexer.editions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.editions.EvidenceLine.Kind;

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
    record Likeness(double score, List<EvidenceLine> evidence) {
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
        List<EvidenceLine> evidence = new ArrayList<>();
        evidence.add(EvidenceLine.of(Kind.SAME_ORGANISATION, a.resource().organization()));
        evidence.add(a.resource().year().equals(b.resource().year())
                ? EvidenceLine.of(Kind.SAME_YEAR, a.resource().year())
                : EvidenceLine.of(Kind.YEARS, a.resource().year(), b.resource().year()));
        evidence.add(EvidenceLine.of(Kind.TITLES, sharedConcepts.stream().sorted().toList(),
                a.resource().language(), b.resource().language()));
        double weighted = TITLE_WEIGHT * jaccard(a.concepts(), b.concepts());
        double weights = TITLE_WEIGHT;
        if (a.pages() != null && b.pages() != null) {
            weighted += PAGES_WEIGHT * ratio(a.pages(), b.pages());
            weights += PAGES_WEIGHT;
            evidence.add(EvidenceLine.of(Kind.PAGES, a.pages(), b.pages()));
        }
        if (a.headings() > 0 || b.headings() > 0) {
            weighted += HEADINGS_WEIGHT * ratio(a.headings(), b.headings());
            weights += HEADINGS_WEIGHT;
            evidence.add(EvidenceLine.of(Kind.HEADINGS, a.headings(), b.headings()));
        }
        if (!a.numbers().isEmpty() || !b.numbers().isEmpty()) {
            weighted += NUMBERS_WEIGHT * jaccard(a.numbers(), b.numbers());
            weights += NUMBERS_WEIGHT;
            evidence.add(sharing(Kind.NUMBERS, a.numbers(), b.numbers()));
        }
        if (!a.names().isEmpty() || !b.names().isEmpty()) {
            weighted += NAMES_WEIGHT * jaccard(a.names(), b.names());
            weights += NAMES_WEIGHT;
            evidence.add(sharing(Kind.NAMES, a.names(), b.names()));
        }
        double score = weighted / weights;
        return score >= MIN_SCORE ? Optional.of(new Likeness(score, evidence)) : Optional.empty();
    }

    private static EvidenceLine sharing(Kind kind, Set<String> a, Set<String> b) {
        Set<String> both = shared(a, b);
        return EvidenceLine.of(kind, both.size(), union(a, b), both.stream().sorted().limit(SHOWN).toList());
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
