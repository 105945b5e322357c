package org.resourcelibrary.indexer.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The shared third-party test material, found beside the repository root, and a way to extract it all. */
public final class TestData {

    private TestData() {
    }

    /** {@code <repo root>/../shared/testdata/<name>}, the repo root being the directory of the parent pom. */
    public static Path shared(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("library-core")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir.getParent().resolve("shared").resolve("testdata").resolve(name);
    }

    /** Extracts files from as many calling threads as the extractor has workers; results in file order. */
    static List<ExtractionResult> extractAll(Extractor extractor, List<Path> files)
            throws InterruptedException, ExecutionException {
        ExecutorService callers = Executors.newFixedThreadPool(extractor.settings().threads());
        try {
            List<Future<ExtractionResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(callers.submit(() -> extractor.extract(file)));
            }
            List<ExtractionResult> results = new ArrayList<>();
            for (Future<ExtractionResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            callers.shutdownNow();
        }
    }
}
