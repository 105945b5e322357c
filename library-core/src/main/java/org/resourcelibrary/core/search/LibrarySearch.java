package org.resourcelibrary.core.search;

import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.Resource;

/**
 * Read side of the library. The embedded Lucene implementation serves one machine; a distributed
 * implementation can serve the same API and pass the same tests.
 */
public interface LibrarySearch {

    /**
     * Runs a search.
     *
     * @throws InvalidRequestException when a parameter is out of bounds, unknown, or the cursor is not one
     *                                 this library issued
     */
    SearchResponse search(SearchRequest request);

    /**
     * The ids of the first {@code depth} hits, ranked as {@link #search} ranks them, for measuring ranking quality
     * ({@code library eval}). A backend may answer it faster without facets or snippets; this one reads pages.
     */
    default List<String> rankedIds(SearchRequest request, int depth) {
        List<String> ids = new java.util.ArrayList<>();
        SearchRequest.Builder pages = SearchRequest.builder().query(request.query()).sort(request.sort())
                .years(request.yearFrom(), request.yearTo()).match(request.match()).expand(request.expand())
                .memberLanguage(request.memberLanguage()).labelLanguage(request.labelLanguage())
                .size(SearchRequest.MAX_SIZE);
        request.filters().forEach(pages::filter);
        for (int page = 1; ids.size() < depth && page <= SearchRequest.MAX_PAGE; page++) {
            SearchResponse response = search(pages.page(page).build());
            response.hits().stream().limit(depth - ids.size()).forEach(hit -> ids.add(hit.id()));
            if (page >= response.lastPage()) {
                break;
            }
        }
        return ids;
    }

    /** The resource with this id, if the library has it. */
    Optional<Resource> get(String id);

    /** The documents that are editions of {@code work} (the {@code work} of each), in no particular order. */
    List<Resource> editions(String work);

    /** Up to {@code maxPages} first pages of a resource's text (empty when unknown). */
    List<String> pages(String id, int maxPages);

    /** Resources most like the given one, by text and metadata; empty when the id is unknown. */
    List<Hit> similar(String id, int count);

    /** Titles and facet values starting with {@code prefix}, best first. */
    List<Suggestion> suggest(String prefix, int count, String labelLanguage);

    /**
     * Values of a dimension whose code or label contains a word starting with {@code prefix}
     * (all values when the prefix is empty), with their counts over the whole library.
     */
    List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage);

    /**
     * A page of the list of changes (documents as they are, with when they last changed, and deletions), for
     * harvesters: in datestamp then id order, resuming after the request's position.
     */
    ChangePage changes(ChangeRequest request);

    /** The document with this id as a harvester sees it (as it is, or deleted); empty when never known. */
    Optional<Change> change(String id);

    /** Number of resources in the library. */
    long count();
}
