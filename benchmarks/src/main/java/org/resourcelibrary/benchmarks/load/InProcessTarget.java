package org.resourcelibrary.benchmarks.load;

import java.util.function.BiConsumer;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;

/**
 * Our searcher called directly, with no HTTP: the same work as {@code GET /api/search} minus the service. The
 * embedded index, or the library's SolrCloud backend (whose work is then mostly done by the Solr nodes' process).
 */
public final class InProcessTarget implements Target {

    public static final String NAME = "library in-process";

    private final String name;
    private final LibrarySearch library;
    private final BiConsumer<SearchRequest, SearchResponse> afterSearch;
    private final long pid;

    public InProcessTarget(LibrarySearch library) {
        this(NAME, library, (request, response) -> { });
    }

    /**
     * A library searched from this process whose work is done in process {@code pid} (-1: unknown, no CPU time
     * charged): a backend's client.
     */
    public InProcessTarget(String name, LibrarySearch library, long pid) {
        this(name, library, (request, response) -> { }, pid);
    }

    /** Our searcher, each search then handed to {@code afterSearch} on the searching thread, as a service would. */
    InProcessTarget(String name, LibrarySearch library, BiConsumer<SearchRequest, SearchResponse> afterSearch) {
        this(name, library, afterSearch, ProcessHandle.current().pid());
    }

    private InProcessTarget(String name, LibrarySearch library, BiConsumer<SearchRequest, SearchResponse> afterSearch,
                            long pid) {
        this.name = name;
        this.library = library;
        this.afterSearch = afterSearch;
        this.pid = pid;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public long answer(QuerySpec query) {
        SearchRequest request = query.toRequest();
        SearchResponse response = library.search(request);
        afterSearch.accept(request, response);
        return response.total();
    }
}
