package org.resourcelibrary.core.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.resourcelibrary.core.query.Ranking;

/** Scratch runner for ranking experiments (not a test). */
public final class CranfieldRun {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("/work/shared/testdata/ir-cranfield");
        TestCollection c = TestCollection.read(dir.resolve("docs.jsonl"), dir.resolve("queries.tsv"), dir.resolve("qrels.trec"));
        Ranking r = Ranking.DEFAULT;
        if (args.length == 10) {
            r = new Ranking(Float.parseFloat(args[0]), Float.parseFloat(args[1]), Float.parseFloat(args[2]), Float.parseFloat(args[3]),
                Float.parseFloat(args[4]), Float.parseFloat(args[5]), Integer.parseInt(args[6]), Float.parseFloat(args[7]), Float.parseFloat(args[8]), Float.parseFloat(args[9]));
        }
        long t = System.nanoTime();
        Metrics m = new Evaluation(r).run(c, Files.createTempDirectory("cran"));
        System.out.printf("%s ndcg@10 %.4f map %.4f recall@100 %.4f (%d q, %d ms)%n", r, m.ndcg10(), m.map(), m.recall100(), m.queries(), (System.nanoTime()-t)/1000000);
    }
}
