package org.resourcelibrary.indexer.enrich;

import static org.resourcelibrary.core.model.MetadataField.COUNTRIES;
import static org.resourcelibrary.core.model.MetadataField.LANGUAGE;
import static org.resourcelibrary.core.model.MetadataField.ORGANIZATION;
import static org.resourcelibrary.core.model.MetadataField.TITLE;
import static org.resourcelibrary.core.model.MetadataField.TOPICS;
import static org.resourcelibrary.core.model.MetadataField.TYPE;
import static org.resourcelibrary.core.model.MetadataField.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Measures metadata inference against documents whose metadata is known: each document is enriched as if
 * it had no manifest row and no upload form (its own properties still count, as in a real ingest), and the
 * result compared with the truth.
 */
public final class InferenceEvaluation {

    /**
     * A document with known metadata.
     *
     * @param path  the file's path relative to its source (its name, for a flat folder)
     * @param text  the text and parser metadata extracted from it
     * @param truth its true metadata
     */
    public record Sample(String path, ExtractedText text, Metadata truth) {
    }

    private final MetadataEnricher enricher;

    public InferenceEvaluation(MetadataEnricher enricher) {
        this.enricher = enricher;
    }

    public EvaluationReport evaluate(List<Sample> samples) {
        EvaluationReport.SetScore countries = new EvaluationReport.SetScore(0, 0, 0);
        EvaluationReport.SetScore topics = countries;
        EvaluationReport.Accuracy language = new EvaluationReport.Accuracy(0, 0);
        EvaluationReport.Accuracy type = language;
        EvaluationReport.Accuracy year = language;
        EvaluationReport.Accuracy title = language;
        EvaluationReport.Accuracy organization = language;
        List<String> misses = new ArrayList<>();
        for (Sample sample : samples) {
            String fileName = sample.path().substring(sample.path().lastIndexOf('/') + 1);
            Metadata truth = sample.truth();
            Metadata found = enricher.enrich(fileName, sample.path(), sample.text(), null, null).values();
            countries = countries.plus(truth.list(COUNTRIES), found.list(COUNTRIES));
            topics = topics.plus(truth.list(TOPICS), found.list(TOPICS));
            note(misses, sample, "countries", sameSet(truth.list(COUNTRIES), found.list(COUNTRIES)),
                    truth.list(COUNTRIES),
                    found.list(COUNTRIES));
            note(misses, sample, "topics", sameSet(truth.list(TOPICS), found.list(TOPICS)), truth.list(TOPICS),
                    found.list(TOPICS));
            language = language.plus(note(misses, sample, "language",
                    Objects.equals(truth.text(LANGUAGE), found.text(LANGUAGE)), truth.text(LANGUAGE),
                            found.text(LANGUAGE)));
            type = type.plus(note(misses, sample, "type", Objects.equals(truth.text(TYPE), found.text(TYPE)),
                    truth.text(TYPE),
                    found.text(TYPE)));
            year = year.plus(note(misses, sample, "year", Objects.equals(truth.year(YEAR), found.year(YEAR)),
                    truth.year(YEAR),
                    found.year(YEAR)));
            title = title.plus(note(misses, sample, "title", sameText(truth.text(TITLE), found.text(TITLE)),
                    truth.text(TITLE),
                    found.text(TITLE)));
            organization = organization.plus(note(misses, sample, "organization",
                    sameText(truth.text(ORGANIZATION), found.text(ORGANIZATION)), truth.text(ORGANIZATION),
                            found.text(ORGANIZATION)));
        }
        return new EvaluationReport(samples.size(), countries, topics, language, type, year, title, organization,
                misses);
    }

    /** Notes a miss when {@code right} is false; returns {@code right}. */
    private static boolean note(List<String> misses, Sample sample, String field, boolean right, Object expected,
                                Object found) {
        if (!right) {
            misses.add(sample.path() + " " + field + ": expected " + expected + ", found " + found);
        }
        return right;
    }

    private static boolean sameSet(List<String> expected, List<String> found) {
        return expected.size() == found.size() && expected.containsAll(found);
    }

    /** The same text but for case, accents and punctuation. */
    private static boolean sameText(String expected, String found) {
        return expected != null && found != null && Vocabulary.fold(expected).equals(Vocabulary.fold(found));
    }
}
