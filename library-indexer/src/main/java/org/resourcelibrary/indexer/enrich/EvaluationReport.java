package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well inference recovered known metadata: precision, recall and F1 for the fields with several values
 * (countries, topics), accuracy for the others, and every miss for a person to look at.
 */
public record EvaluationReport(
        int documents,
        SetScore countries,
        SetScore topics,
        Accuracy language,
        Accuracy type,
        Accuracy year,
        Accuracy title,
        Accuracy organization,
        List<String> misses) {

    public EvaluationReport {
        misses = List.copyOf(misses);
    }

    /** Counts over all documents (micro-averaged) of values found rightly, wrongly and not found. */
    public record SetScore(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1 : (double) truePositives / found;
        }

        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        public double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        SetScore plus(List<String> expected, List<String> found) {
            int hits = (int) found.stream().filter(expected::contains).count();
            return new SetScore(truePositives + hits, falsePositives + found.size() - hits,
                    falseNegatives + expected.size() - hits);
        }
    }

    /** Documents whose inferred value equals the known one, out of those with a known value. */
    public record Accuracy(int correct, int total) {

        public double value() {
            return total == 0 ? 1 : (double) correct / total;
        }

        Accuracy plus(boolean right) {
            return new Accuracy(correct + (right ? 1 : 0), total + 1);
        }
    }

    /** The figures as lines of text, one per field, then the misses. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("documents " + documents);
        lines.add(setLine("countries", countries));
        lines.add(setLine("topics", topics));
        lines.add(accuracyLine("language", language));
        lines.add(accuracyLine("type", type));
        lines.add(accuracyLine("year", year));
        lines.add(accuracyLine("title", title));
        lines.add(accuracyLine("organization", organization));
        misses.forEach(miss -> lines.add("miss " + miss));
        return lines;
    }

    private static String setLine(String field, SetScore score) {
        return String.format(Locale.ROOT, "%-12s precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", field,
                score.precision(), score.recall(), score.f1(), score.truePositives(), score.falsePositives(),
                score.falseNegatives());
    }

    private static String accuracyLine(String field, Accuracy accuracy) {
        return String.format(Locale.ROOT, "%-12s accuracy %.3f  (%d of %d)", field, accuracy.value(),
                accuracy.correct(), accuracy.total());
    }
}
