package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.FeedbackWords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Schema;

class FeedbackWordsTest {

    private static final List<FeedbackWords.Answer> ANSWERS = List.of(
            new FeedbackWords.Answer("supersonic flow over a wedge: supersonic flow separates at 1958 and 42", "en", 3),
            new FeedbackWords.Answer("boundary layer flow in hypersonic nozzles", "en", 2),
            new FeedbackWords.Answer("écoulement supersonique autour d'un dièdre", "fr", 1));

    @Test
    void addsAtMostTheWordsLimitWhoseSharesAddUpToOne() {
        List<FeedbackWords.Word> words = FeedbackWords.of(ANSWERS);
        assertThat(words).hasSizeLessThanOrEqualTo(FeedbackWords.WORDS).isNotEmpty();
        assertThat(words.stream().mapToDouble(FeedbackWords.Word::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void takesEachAnswersWordsInItsLanguagesBodyFieldBestFirst() {
        List<FeedbackWords.Word> words = FeedbackWords.of(ANSWERS);
        assertThat(words.get(0).field()).isEqualTo(Schema.languageField(Schema.BODY, "en"));
        assertThat(words.get(0).token()).isEqualTo("flow");
        assertThat(words).extracting(FeedbackWords.Word::field).contains(Schema.languageField(Schema.BODY, "fr"));
        assertThat(words).extracting(FeedbackWords.Word::share).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void leavesOutNumbersAndShortWords() {
        assertThat(FeedbackWords.of(ANSWERS)).extracting(FeedbackWords.Word::token)
                .noneMatch(token -> token.length() < 3 || token.chars().allMatch(Character::isDigit));
    }

    @Test
    void answersWithoutTextGiveNoWords() {
        assertThat(FeedbackWords.of(List.of(new FeedbackWords.Answer(null, "en", 2),
                new FeedbackWords.Answer(" ", null, 1)))).isEmpty();
    }

    @Test
    void wordsEquallyUsedComeInTheOrderOfTheirTokens() {
        List<FeedbackWords.Word> words = FeedbackWords.of(List.of(new FeedbackWords.Answer("zinc brass", "en", 1)));
        assertThat(words).extracting(FeedbackWords.Word::token).containsExactly("brass", "zinc");
    }
}
