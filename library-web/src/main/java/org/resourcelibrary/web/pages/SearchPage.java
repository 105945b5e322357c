package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.analytics.Door;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.analytics.SearchKey;
import org.resourcelibrary.web.excerpt.PageList;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.SearchView.AlsoSearched;
import org.resourcelibrary.web.pages.SearchView.Link;
import org.resourcelibrary.web.pages.SearchView.Option;
import org.resourcelibrary.web.pages.SearchView.Result;
import org.resourcelibrary.web.pages.SearchView.SnippetLine;

/** {@code GET /}: the members' search page. */
final class SearchPage {

    /** A passage (escaped HTML) ending like this ends a sentence, closing marks and quotes aside. */
    /** The pages a PDF hit's passages are on, as one download; null when it is not a PDF or none are paged. */
    private static String pagesHref(Hit hit) {
        PageList pages = PageList.of(hit.snippets().stream().map(Snippet::page).toList());
        return PDF.equals(hit.mediaType()) && !pages.pages().isEmpty() ? pages.href(hit.id()) : null;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:</mark>|&quot;|&#39;|&#x27;|[”»)])*$");

    /** Page numbers linked on each side of the current one. */
    static final int PAGE_WINDOW = 2;
    /** The only originals pages can be cut from. */
    private static final String PDF = "application/pdf";

    /** The message naming each sort order. */
    private static final Map<Sort, String> SORT_LABELS = Map.of(Sort.RELEVANCE, "search.sort.relevance",
            Sort.NEWEST, "search.sort.newest", Sort.OLDEST, "search.sort.oldest", Sort.TITLE, "search.sort.title");

    private final LibrarySearch library;
    private final Vocabulary vocabulary;
    private final EditionLinks editionLinks;
    private final Templates templates;
    /** Whether e-mail alerts are on: the results page offers its follow form only then. */
    private final boolean alerts;
    /** Records each search; when on, result links go through {@link ResultLink} so an opened result counts. */
    private final SearchAnalytics analytics;

    SearchPage(LibrarySearch library, Vocabulary vocabulary, Templates templates, boolean alerts,
               SearchAnalytics analytics) {
        this.alerts = alerts;
        this.analytics = analytics;
        this.library = library;
        this.vocabulary = vocabulary;
        this.editionLinks = new EditionLinks(vocabulary);
        this.templates = templates;
    }

    void render(Context ctx) {
        Messages ui = Messages.of(ctx);
        SearchForm form;
        try {
            form = SearchForm.from(ctx, vocabulary);
        } catch (InvalidRequestException e) {
            // The words typed are shown again, unless they are what could not be read.
            badRequest(ctx, ui, SearchForm.empty().withQuery(SearchParameters.QUERY.equals(e.parameter()) ? ""
                    : ctx.queryParam(SearchParameters.QUERY)), e);
            return;
        }
        SearchResponse response;
        // Facet values are labelled in the page's language, even when the browser chose it.
        SearchRequest request = form.inLanguage(ui.language()).request()
                .withMemberLanguage(MemberLanguage.of(form.lang(), ctx.header(Header.ACCEPT_LANGUAGE)));
        try {
            response = library.search(request);
        } catch (InvalidRequestException e) {
            badRequest(ctx, ui, form, e);
            return;
        }
        analytics.searched(request, response, SearchAnalytics.language(request, response), Door.PAGE);
        templates.render(ctx, "search.jte", view(ui, form, response, null));
    }

    /** The page with the search box and a message naming what was wrong, and no results: a 400. */
    private void badRequest(Context ctx, Messages ui, SearchForm form, InvalidRequestException e) {
        SearchForm shown = new SearchForm(form.q(), Map.of(), null, null, null, 1, null, null, null, null);
        ctx.status(400);
        templates.render(ctx, "search.jte", view(ui, shown, null, ui.reason(e)));
    }

    SearchView view(Messages ui, SearchForm form, SearchResponse response, String error) {
        SearchRequest request = form.request();
        Labels labels = new Labels(vocabulary, ui.language());
        FacetSidebar sidebar = new FacetSidebar(form, response, labels, ui);
        long total = response == null ? 0 : response.total();
        List<Result> results = new ArrayList<>();
        SearchKey key = response == null ? null : SearchAnalytics.key(request, response);
        int first = (request.page() - 1) * request.size();
        for (Hit hit : response == null ? List.<Hit>of() : response.hits()) {
            // The recording redirect carries the language itself, to the document page.
            String href = analytics.on() && key.isSearch()
                    ? ResultLink.href(hit.id(), key, first + results.size() + 1) : ui.href(hit.url());
            results.add(result(ui, hit, href, labels, response.language(), form.lang()));
        }
        boolean pastLastPage = response != null && response.pastLastPage();
        // Spelling advice is for words that found too little, not for a page past the last one.
        Link didYouMean = response == null || response.didYouMean() == null || pastLastPage ? null
                : new Link(response.didYouMean(), form.withQuery(response.didYouMean()).href(), false);
        long works = response == null ? 0 : response.works();
        // Pages are pages of works.
        int lastPage = (int) Math.min(SearchRequest.MAX_PAGE, (works + request.size() - 1) / request.size());
        Link strict = response != null && response.relaxed()
                ? new Link(ui.text("search.strict"), form.strict().href(), false) : null;
        Link last = pastLastPage
                ? new Link(ui.text("search.lastPage", lastPage), form.onPage(lastPage).href(), false) : null;
        return new SearchView(form, error, total, results, sidebar.groups(), sidebar.years(), sidebar.chips(),
                form.cleared().href(), didYouMean, pages(form, lastPage),
                form.page() > 1 && form.page() <= lastPage + 1 ? new Link(ui.text("pagination.previous"), form.onPage(form.page() - 1)
                        .href(), false) : null,
                form.page() < lastPage ? new Link(ui.text("pagination.next"), form.onPage(form.page() + 1).href(),
                        false) : null,
                sorts(ui, form), strict, response != null && response.nothingSearchable(), last,
                alsoSearched(ui, form, response), alerts ? FollowPage.action(form.onPage(1).href()) : null, works,
                response != null && response.partial());
    }

    /**
     * What the thesaurus added to the search, with a link to search only the words as typed; or, with it turned
     * off, a link to turn it on again; null when there is nothing to say.
     */
    private static AlsoSearched alsoSearched(Messages ui, SearchForm form, SearchResponse response) {
        if (form.expand() != null) {
            return new AlsoSearched(List.of(), new Link(ui.text("search.expand.on"),
                    form.expanded(true).href(), false));
        }
        List<String> added = response == null ? List.of() : response.addedLabels();
        return added.isEmpty() ? null
                : new AlsoSearched(added, new Link(ui.text("search.expand.off", form.q()), form.expanded(false).href(),
                        false));
    }

    private Result result(Messages ui, Hit hit, String href, Labels labels, MemberLanguage member,
                          String pageLanguage) {
        List<SnippetLine> snippets = new ArrayList<>();
        for (Snippet snippet : hit.snippets()) {
            // The page puts "…" before every passage, and after one that stops mid-sentence; an opening
            // passage may already end with one.
            String html = snippet.text().strip();
            html = html.endsWith("…") ? html.substring(0, html.length() - 1).stripTrailing() : html;
            snippets.add(new SnippetLine(html, snippet.page(),
                    snippet.page() == null ? null : hit.fileUrl() + "#page=" + snippet.page(),
                    !SENTENCE_END.matcher(html).find()));
        }
        return new Result(hit.title(), href, hit.fileUrl(), hit.fileName(),
                hit.type() == null ? null : labels.of(Dimension.TYPE, hit.type()),
                labels.of(Dimension.COUNTRY, hit.countries()), hit.year(),
                hit.language() == null ? null : labels.of(Dimension.LANGUAGE, hit.language()),
                hit.organization(), snippets,
                hit.language() != null && member != null && !hit.language().equals(member.code()), pagesHref(hit),
                editionLinks.of(hit.editions(), EditionLinks.inLanguage(pageLanguage)));
    }

    /** The first and last page, and a window around the current one; a gap is a link with no href. */
    private static List<Link> pages(SearchForm form, int lastPage) {
        List<Link> links = new ArrayList<>();
        if (lastPage <= 1) {
            return links;
        }
        int current = form.page();
        int previous = 0;
        for (int page = 1; page <= lastPage; page++) {
            boolean near = Math.abs(page - current) <= PAGE_WINDOW;
            if (page == 1 || page == lastPage || near) {
                if (page > previous + 1) {
                    links.add(new Link("…", null, false));
                }
                links.add(new Link(Integer.toString(page), form.onPage(page).href(), page == current));
                previous = page;
            }
        }
        return links;
    }

    /** The sort orders; the default one (for the request's words) has no value, so it stays out of URLs. */
    private static List<Option> sorts(Messages ui, SearchForm form) {
        Sort current = form.request().sort();
        Sort standard = form.withSort(null).request().sort();
        List<Option> options = new ArrayList<>();
        for (Sort sort : Sort.values()) {
            options.add(new Option(sort == standard ? "" : sort.param(), ui.text(SORT_LABELS.get(sort)), sort == current));
        }
        return options;
    }
}
