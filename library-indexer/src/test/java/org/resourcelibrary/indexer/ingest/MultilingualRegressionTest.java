package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.eval.Effectiveness;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Regression of the multilingual judged set ({@code sample-docs/golden/multilingual-*}) over the sample library,
 * in Anserini's manner: a run must equal or beat the effectiveness recorded in BENCHMARKS.md. It prints the
 * figures it checks.
 */
class MultilingualRegressionTest {

    /**
     * nDCG@10 recorded for the set (BENCHMARKS.md, issue 16), to three decimals, over the sample library grown
     * so that every language can be judged, with editions of one work in several languages.
     */
    static final double RECORDED_NDCG_AT_10 = 0.668;
    /**
     * Queries whose first hit is in the member's language, as recorded (BENCHMARKS.md): not all; a label
     * the thesaurus adds in a language with few documents is a rare word and can still outscore, and so can
     * the edition of a work in another language, whose words are the same names and numbers.
     */
    static final int RECORDED_MEMBER_LANGUAGE_FIRST = 53;

    @Test
    void theMultilingualSetKeepsItsRecordedEffectivenessAndTheMemberLanguageComesFirst() throws Exception {
        IngestedSampleLibrary sample = IngestedSampleLibrary.get();
        Path golden = sample.sampleDocs.resolve("golden");
        TestCollection judgments = TestCollection.judgments(golden.resolve("multilingual-queries.tsv"),
                golden.resolve("multilingual-qrels.trec"));
        Effectiveness measured;
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(sample.library.data().index(),
                Vocabulary.standard())) {
            measured = Evaluation.runOnLibrary(library, judgments);
        }
        System.out.printf("multilingual set: ndcg@10 %.4f, member's language first %d/%d, other-language in 20"
                        + " %.4f%n", measured.overall().ndcg10(), measured.memberLanguageFirst(),
                measured.withLanguage(), measured.otherLanguageShare());
        assertThat(measured.overall().queries()).isEqualTo(judgments.queries().size());
        assertThat(measured.overall().ndcg10()).isGreaterThanOrEqualTo(RECORDED_NDCG_AT_10);
        assertThat(measured.withLanguage()).isEqualTo(judgments.queries().size());
        assertThat(measured.memberLanguageFirst()).isGreaterThanOrEqualTo(RECORDED_MEMBER_LANGUAGE_FIRST);
    }
}
