package org.resourcelibrary.indexer.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared third-party test material, found beside the repository root. */
final class TestData {

    private TestData() {
    }

    /** {@code <repo root>/../shared/testdata/<name>}, the repo root being the directory of the parent pom. */
    static Path shared(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("library-core")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir.getParent().resolve("shared").resolve("testdata").resolve(name);
    }
}
