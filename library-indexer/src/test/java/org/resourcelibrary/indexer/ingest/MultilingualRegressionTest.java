package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.eval.Effectiveness;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Regression of the multilingual judged set ({@code sample-docs/golden/multilingual-*}) over the sample library,
 * in Anserini's manner: a run must equal or beat the effectiveness recorded in BENCHMARKS.md. It prints the
 * figures it checks.
 */
class MultilingualRegressionTest {

    /**
     * nDCG@10 recorded for the set (BENCHMARKS.md, issue 16), to three decimals, over the sample library grown
     * so that every language can be judged, with editions of one work in several languages; as this test's own
     * shared ingest measures it, which is a little below {@code ./library eval} on a CLI ingest (BENCHMARKS.md).
     */
    static final double RECORDED_NDCG_AT_10 = 0.749;
    /**
     * Queries whose first hit is in the member's language, as recorded (BENCHMARKS.md): not all; a label
     * the thesaurus adds in a language with few documents is a rare word and can still outscore, and so can
     * the edition of a work in another language, whose words are the same names and numbers.
     */
    static final int RECORDED_MEMBER_LANGUAGE_FIRST = 55;
    /**
     * nDCG@10 recorded for the held-out topic set ({@code golden/heldout-topic-*}: 30 topic queries worded
     * apart from the regression set, judged by the same rule), which no ranking change was tuned on alone.
     */
    static final double RECORDED_HELD_OUT_NDCG_AT_10 = 0.820;
    /** Held-out queries whose first hit is in the member's language, as recorded (BENCHMARKS.md). */
    static final int RECORDED_HELD_OUT_MEMBER_LANGUAGE_FIRST = 29;

    @Test
    void theMultilingualSetKeepsItsRecordedEffectivenessAndTheMemberLanguageComesFirst() throws Exception {
        TestCollection judgments = judgments("multilingual-queries.tsv", "multilingual-qrels.trec");
        Effectiveness measured = measure("multilingual set", judgments);
        assertThat(measured.overall().ndcg10()).isGreaterThanOrEqualTo(RECORDED_NDCG_AT_10);
        assertThat(measured.memberLanguageFirst()).isGreaterThanOrEqualTo(RECORDED_MEMBER_LANGUAGE_FIRST);
    }

    @Test
    void theHeldOutTopicSetKeepsItsRecordedEffectiveness() throws Exception {
        TestCollection judgments = judgments("heldout-topic-queries.tsv", "heldout-topic-qrels.trec");
        Effectiveness measured = measure("held-out topic set", judgments);
        assertThat(measured.overall().ndcg10()).isGreaterThanOrEqualTo(RECORDED_HELD_OUT_NDCG_AT_10);
        assertThat(measured.memberLanguageFirst()).isGreaterThanOrEqualTo(RECORDED_HELD_OUT_MEMBER_LANGUAGE_FIRST);
    }

    private static TestCollection judgments(String queries, String qrels) throws Exception {
        Path golden = IngestedSampleLibrary.get().sampleDocs.resolve("golden");
        return TestCollection.judgments(golden.resolve(queries), golden.resolve(qrels));
    }

    private static Effectiveness measure(String name, TestCollection judgments) throws Exception {
        Effectiveness measured;
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(IngestedSampleLibrary.get().library.data().index(),
                Vocabulary.standard())) {
            measured = Evaluation.runOnLibrary(library, judgments);
        }
        System.out.printf("%s: ndcg@10 %.4f, member's language first %d/%d, other-language in 20 %.4f%n", name,
                measured.overall().ndcg10(), measured.memberLanguageFirst(), measured.withLanguage(),
                measured.otherLanguageShare());
        assertThat(measured.overall().queries()).isEqualTo(judgments.queries().size());
        assertThat(measured.withLanguage()).isEqualTo(judgments.queries().size());
        return measured;
    }
}
