package org.resourcelibrary.web;

import java.io.IOException;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.ManifestException;
import org.resourcelibrary.indexer.ingest.IngestSettings;

/** The whole sample library (sample-docs), ingested through the real pipeline as {@code serve --demo} does it. */
public final class SampleLibrary {

    private SampleLibrary() {
    }

    /** Ingests the sample library into an empty library. */
    public static void ingest(Library library, DataDirectory data)
            throws IOException, InterruptedException, ManifestException {
        DemoLibrary.ingestIfEmpty(library, data, RepositoryFiles.root().resolve(DemoLibrary.SAMPLE_DOCS),
                IngestSettings.defaults());
    }
}
