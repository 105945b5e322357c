package org.resourcelibrary.samples;

import java.nio.file.Path;

/**
 * Where the generator reads and writes, relative to the {@code sample-docs} module folder.
 *
 * @param content  the {@code NN-*.txt} sources
 * @param library  the rendered files
 * @param manifest the librarian's spreadsheet
 * @param truth    the ground-truth metadata
 */
public record LibraryLayout(Path content, Path library, Path manifest, Path truth) {

    public static LibraryLayout of(Path module) {
        return new LibraryLayout(module.resolve("src/content"), module.resolve("library"),
                module.resolve("manifest.csv"), module.resolve("golden/truth.csv"));
    }
}
