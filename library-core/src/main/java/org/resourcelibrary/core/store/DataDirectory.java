package org.resourcelibrary.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of one library's data directory.
 *
 * <pre>
 * index/                       Lucene index (and side indexes)
 * blobs/ab/cd/&lt;sha256&gt;         originals, content-addressed
 * text/&lt;sha256&gt;.json.gz         extracted text and metadata
 * reports/                     ingest reports (JSON)
 * failures.json                files whose extraction failed, not retried until they change
 * thesaurus.csv                the library's thesaurus, which librarians edit
 * </pre>
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path blobs() {
        return root.resolve("blobs");
    }

    public Path text() {
        return root.resolve("text");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path failures() {
        return root.resolve("failures.json");
    }

    public Path thesaurus() {
        return root.resolve("thesaurus.csv");
    }

    /** Creates the directory and its sub-directories if they do not exist. */
    public DataDirectory create() throws IOException {
        for (Path dir : new Path[] {index(), blobs(), text(), reports()}) {
            Files.createDirectories(dir);
        }
        return this;
    }
}
