package org.resourcelibrary.core.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippets' passage scorer gives Lucene's passage scores exactly, so the same passages are chosen. */
class MatchScorerTest {

    @Test
    void scoresPassagesAsLucenesScorerDoes() {
        Random random = new Random(3);
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new Snippets.MatchScorer();
        String[] words = {"care", "child", "social", "work", "supervision"};
        for (int n = 0; n < 2000; n++) {
            Passage passage = new Passage();
            int start = random.nextInt(50_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 400 + random.nextInt(200));
            int offset = start;
            for (int m = random.nextInt(12); m > 0; m--) {
                offset += 1 + random.nextInt(30);
                String word = words[random.nextInt(words.length)];
                // A term's frequency in the document is the same for each of its matches.
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.length() * 3);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(100_000);
            assertThat(ours.score(passage, contentLength)).as("passage %d", n)
                    .isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
