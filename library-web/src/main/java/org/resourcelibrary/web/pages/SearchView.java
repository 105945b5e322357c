package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.core.search.Sort;

/**
 * Everything the search page shows, ready to print: the template only lays it out.
 *
 * @param error       what was wrong with the request (the page is then a 400 with an empty result), or null
 * @param total       number of matching documents (every edition of a work counts)
 * @param didYouMean  a corrected query and its URL, or null
 * @param clearAll    URL of the same words without any filter
 * @param strict      when no document has every word and these have most of them: the search for documents
 *                    with every word ({@code match=all}); otherwise null
 * @param nothingSearchable whether the words were all stop words or punctuation, so the library is browsed
 * @param lastPage    when the page asked for is past the last one: a link to the last; otherwise null
 * @param alsoSearched what the thesaurus added to the words, or null when nothing
 * @param follow      where the form "E-mail me new documents for this search" posts; null when alerts are off
 * @param works       number of matching works: the results, one per work (the pages are pages of works)
 * @param partial     whether the search ran out of its time budget, so the results may be incomplete
 */
public record SearchView(
        SearchForm form,
        String error,
        long total,
        List<Result> results,
        List<FacetGroup> facets,
        YearRange years,
        List<Chip> chips,
        String clearAll,
        Link didYouMean,
        List<Link> pages,
        Link previous,
        Link next,
        List<Option> sorts,
        Link strict,
        boolean nothingSearchable,
        Link lastPage,
        AlsoSearched alsoSearched,
        String follow,
        long works,
        boolean partial) {

    /**
     * The other labels searched besides the words as typed (empty when that is turned off), and the link that
     * turns it off or on again.
     */
    public record AlsoSearched(List<String> labels, Link toggle) {
    }

    /** Another edition of a result's work, named by its language in that language ("Français"). */
    public record EditionLink(String language, String label, String href) {
    }

    /** A labelled URL; {@code current} marks the page or language being shown. */
    public record Link(String label, String href, boolean current) {
    }

    /** An option of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** An active filter, shown as a removable chip. */
    public record Chip(String dimension, String label, String removeHref) {
    }

    /**
     * One facet dimension of the sidebar.
     *
     * @param shown     values listed first (selected ones always among them)
     * @param more      values behind "show more"
     * @param filterBox whether the list is long enough to offer a box that filters it as one types
     */
    public record FacetGroup(String id, String heading, List<FacetOption> shown, List<FacetOption> more,
                             boolean filterBox) {

        public boolean empty() {
            return shown.isEmpty();
        }
    }

    /**
     * A facet value as a checkbox named {@code param} with value {@code value}.
     *
     * @param children values grouped under this one (a region's countries)
     * @param moreChildren children behind "show more"
     */
    public record FacetOption(String param, String value, String label, long count, boolean selected,
                              List<FacetOption> children, List<FacetOption> moreChildren) {

        public FacetOption(String param, String value, String label, long count, boolean selected) {
            this(param, value, label, count, selected, List.of(), List.of());
        }

        /** A stable, HTML-safe element id for the checkbox's label. */
        public String inputId() {
            return "f-" + param + "-" + Integer.toHexString(value.hashCode());
        }
    }

    /**
     * The year facet: the bounds asked for, and the years of the matching documents with their counts.
     *
     * @param min the earliest year among the matches, or null when none has a year
     * @param max the latest year among the matches, or null
     */
    public record YearRange(Integer from, Integer to, Integer min, Integer max, List<YearCount> years) {
    }

    /** A year with its count, linked to the search narrowed to that year. */
    public record YearCount(String year, long count, String href, boolean inRange) {
    }

    /**
     * A search hit as the page shows it, codes turned into labels.
     *
     * @param otherLanguage whether it is in another language than the one the member reads (the page marks it)
     * @param pagesHref the pages its passages are on, cut from the original PDF; null when it is not a PDF
     * @param editions  the other editions of its work ("Also in"), empty when it is a work of its own
     */
    public record Result(String title, String href, String fileHref, String fileName, String type,
                         List<String> countries, Integer year, String language, String organization,
                         List<SnippetLine> snippets, boolean otherLanguage, String pagesHref,
                         List<EditionLink> editions) {
    }

    /**
     * A passage of a hit's text.
     *
     * @param html     already-escaped text with {@code <mark>} around matches (from the core)
     * @param pageHref link opening the original at that page, or null when the text has no pages
     * @param goesOn   whether the passage stops mid-sentence (the page then ends it with "…")
     */
    public record SnippetLine(String html, Integer page, String pageHref, boolean goesOn) {
    }

    /** Whether some results stand for several documents (editions of one work), so the counts differ. */
    public boolean countsWorks() {
        return works != total;
    }

    public boolean hasResults() {
        return !results.isEmpty();
    }

    /** The first and last position of this page's results, 1-based. */
    public long firstShown() {
        return results.isEmpty() ? 0 : (long) (form.page() - 1) * pageSize() + 1;
    }

    public long lastShown() {
        return firstShown() + results.size() - 1;
    }

    public int pageSize() {
        return form.request().size();
    }

    public Sort sort() {
        return form.request().sort();
    }
}
