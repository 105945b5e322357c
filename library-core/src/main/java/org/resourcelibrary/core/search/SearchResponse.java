package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a search returns; its JSON form is the body of {@code GET /api/search} and of
 * {@code library search --json}.
 *
 * @param total      exact number of hits
 * @param facets     dimension parameter name → values with counts, in display order
 * @param didYouMean a corrected query from the library's own vocabulary, or null
 * @param nextCursor cursor for the page after this one, or null when there is none
 * @param partial    true when the query's time budget ran out and these are the hits found so far
 * @param expansions what the thesaurus added to the query (empty when nothing, or {@code expand=false})
 */
@JsonPropertyOrder({"total", "page", "size", "hits", "facets", "didYouMean", "nextCursor", "tookMs", "partial",
        "expansions"})
public record SearchResponse(
        long total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        String didYouMean,
        String nextCursor,
        long tookMs,
        boolean partial,
        List<Expansion> expansions) {

    public SearchResponse {
        hits = List.copyOf(hits);
        expansions = List.copyOf(expansions);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** Every label the thesaurus added to the query, each once: what "Also searched" lists. */
    @JsonIgnore
    public List<String> addedLabels() {
        return expansions.stream().flatMap(e -> e.added().stream()).distinct().toList();
    }
}
