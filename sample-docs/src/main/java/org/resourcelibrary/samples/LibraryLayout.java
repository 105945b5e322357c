package org.resourcelibrary.samples;

import java.nio.file.Path;

/**
 * Where the generator reads and writes, relative to the {@code sample-docs} module folder.
 *
 * @param content  the {@code NN-*.txt} sources
 * @param library  the rendered files
 * @param manifest the librarian's spreadsheet
 * @param truth    the ground-truth metadata
 * @param queries  the multilingual judged queries (judged only when the file exists)
 * @param qrels    their judgments, written by rule from the ground truth
 */
public record LibraryLayout(Path content, Path library, Path manifest, Path truth, Path queries, Path qrels) {

    public static LibraryLayout of(Path module) {
        Path golden = module.resolve("golden");
        return new LibraryLayout(module.resolve("src/content"), module.resolve("library"),
                module.resolve("manifest.csv"), golden.resolve("truth.csv"),
                golden.resolve("multilingual-queries.tsv"), golden.resolve("multilingual-qrels.trec"));
    }
}
