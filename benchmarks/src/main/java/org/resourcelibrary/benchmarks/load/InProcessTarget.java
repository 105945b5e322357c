package org.resourcelibrary.benchmarks.load;

import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.search.LibrarySearch;

/** Our searcher called directly, with no HTTP: the same work as {@code GET /api/search} minus the service. */
public final class InProcessTarget implements Target {

    public static final String NAME = "library in-process";

    private final LibrarySearch library;

    public InProcessTarget(LibrarySearch library) {
        this.library = library;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public long answer(QuerySpec query) {
        return library.search(query.toRequest()).total();
    }
}
