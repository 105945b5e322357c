package org.resourcelibrary.benchmarks.mix;

import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;

/**
 * One query of the mix, as a member would send it: words or a phrase (or nothing: browsing), selected facet
 * values (values of a dimension OR together), an order and a page. Both servers answer it; every facet
 * dimension is counted.
 *
 * @param text    the query as typed ({@code "case management"} in quotes for a phrase), empty to browse
 * @param words   how many words the member typed (0 when browsing)
 * @param filters selected values per dimension
 * @param expand  whether the thesaurus adds other languages' labels (off in the mix compared with Solr)
 */
public record QuerySpec(String text, int words, Map<Dimension, List<String>> filters, Sort sort, int page,
                        int size, boolean expand) {

    public QuerySpec {
        filters = Map.copyOf(filters);
    }

    /** The same query with the thesaurus's additions: to measure what expansion costs. */
    public QuerySpec expanded() {
        return new QuerySpec(text, words, filters, sort, page, size, true);
    }

    /**
     * The same search as a request to the library; of the words as typed unless {@link #expand}: Solr, which
     * the mix is compared with, has no thesaurus to add other languages' labels.
     */
    public SearchRequest toRequest() {
        SearchRequest.Builder builder = SearchRequest.builder().query(text).sort(sort).page(page).size(size)
                .expand(expand);
        filters.forEach(builder::filter);
        return builder.build();
    }

    /** Whether the text is a quoted phrase. */
    public boolean phrase() {
        return text.startsWith("\"");
    }

    /** A short description for reports: {@code "case management" +2 filters, newest, page 10}. */
    public String describe() {
        return (text.isEmpty() ? "(browse)" : text) + " +" + filters.values().stream().mapToInt(List::size).sum()
                + " filter values, " + sort.param() + ", page " + page;
    }
}
