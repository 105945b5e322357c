package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a search returns; its JSON form is the body of {@code GET /api/search} and of
 * {@code library search --json}.
 *
 * @param total      exact number of documents matched (every edition of a work counts)
 * @param facets     dimension parameter name → values with counts, in display order
 * @param didYouMean a corrected query from the library's own vocabulary, or null
 * @param nextCursor cursor for the page after this one, or null when there is none
 * @param partial    true when the query's time budget ran out and these are the hits found so far
 * @param relaxed    true when no document has every word of the query, so the hits are those with most of
 *                   them (words joined by AND or excluded by NOT still hold); {@code match=all} never relaxes
 * @param nothingSearchable true when the query's words were all stop words or punctuation: they were left
 *                   out and the hits browse the library (through the query's filters, if any)
 * @param lastPage   the last page number with hits at this size (1 when there are none): a {@code page} past
 *                   it answers an empty {@code hits}
 * @param language   the language the member was assumed to read (ranking prefers it) and why
 * @param expansions what the thesaurus added to the query (empty when nothing, or {@code expand=false})
 * @param works      exact number of works matched: the hits, one per work (a document without a work is one);
 *                   pages are pages of works. Facet counts, like {@code total}, count documents
 * @param backendNotes where the backend that answered (SolrCloud) does a thing otherwise than the embedded index,
 *                   for this search; absent when empty (the embedded index never has any)
 */
@JsonPropertyOrder({"total", "works", "page", "size", "lastPage", "hits", "facets", "didYouMean", "relaxed",
        "nothingSearchable", "nextCursor", "tookMs", "partial", "language",
        "expansions", "backendNotes"})
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
        boolean relaxed,
        boolean nothingSearchable,
        long lastPage,
        MemberLanguage language,
        List<Expansion> expansions,
        long works,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> backendNotes) {

    public SearchResponse {
        hits = List.copyOf(hits);
        expansions = List.copyOf(expansions);
        backendNotes = backendNotes == null ? List.of() : List.copyOf(backendNotes);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** A response with nothing to note about its backend (the embedded index's). */
    public SearchResponse(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                          String didYouMean, String nextCursor, long tookMs, boolean partial, boolean relaxed,
                          boolean nothingSearchable, long lastPage, MemberLanguage language,
                          List<Expansion> expansions, long works) {
        this(total, page, size, hits, facets, didYouMean, nextCursor, tookMs, partial, relaxed, nothingSearchable,
                lastPage, language, expansions, works, List.of());
    }

    /** The same response with another {@code tookMs} (e.g. 0, for comparing two answers by their content). */
    public SearchResponse withTookMs(long tookMs) {
        return new SearchResponse(total, page, size, hits, facets, didYouMean, nextCursor, tookMs, partial, relaxed,
                nothingSearchable, lastPage, language, expansions, works, backendNotes);
    }

    /** The last page number with hits when {@code total} hits are shown {@code size} a page (1 when none). */
    public static long lastPage(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Whether the page asked for is past the last page of hits (there are hits, none on this page). */
    public boolean pastLastPage() {
        return total > 0 && hits.isEmpty() && page > lastPage;
    }

    /** Every label the thesaurus added to the query, each once: what "Also searched" lists. */
    @JsonIgnore
    public List<String> addedLabels() {
        return expansions.stream().flatMap(e -> e.added().stream()).distinct().toList();
    }
}
