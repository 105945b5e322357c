package org.resourcelibrary.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository (sample-docs) and of the shared test data beside it, found from any module. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository root: the nearest directory above the working directory holding the parent pom. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("sample-docs")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the repository: no parent pom.xml with sample-docs above "
                + Path.of("").toAbsolutePath());
    }
}
