package org.resourcelibrary.web.solr;

import java.util.List;
import org.resourcelibrary.web.RunningApp;

/** The {@link LibraryContract} of the sample library served by the embedded backend ({@code serve --demo}). */
class EmbeddedLibraryContractTest extends LibraryContract {

    @Override
    RunningApp served() throws Exception {
        return embedded();
    }

    @Override
    List<String> searchOptions() {
        return List.of("--data", demoData());
    }
}
