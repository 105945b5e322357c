package org.resourcelibrary.benchmarks.load;

import java.util.function.BiConsumer;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;

/** Our searcher called directly, with no HTTP: the same work as {@code GET /api/search} minus the service. */
public final class InProcessTarget implements Target {

    public static final String NAME = "library in-process";

    private final String name;
    private final LibrarySearch library;
    private final BiConsumer<SearchRequest, SearchResponse> afterSearch;

    public InProcessTarget(LibrarySearch library) {
        this(NAME, library, (request, response) -> { });
    }

    /** Our searcher, each search then handed to {@code afterSearch} on the searching thread, as a service would. */
    InProcessTarget(String name, LibrarySearch library, BiConsumer<SearchRequest, SearchResponse> afterSearch) {
        this.name = name;
        this.library = library;
        this.afterSearch = afterSearch;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public long answer(QuerySpec query) {
        SearchRequest request = query.toRequest();
        SearchResponse response = library.search(request);
        afterSearch.accept(request, response);
        return response.total();
    }
}
