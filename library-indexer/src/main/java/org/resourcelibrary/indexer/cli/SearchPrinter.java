package org.resourcelibrary.indexer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Search results for a person at a terminal: numbered hits with their snippets, the total, the facets. */
final class SearchPrinter {

    /** Facet values shown per dimension. */
    static final int FACET_VALUES_SHOWN = 8;
    /** A matched word is shown between these. */
    static final String MARK_START = "[";
    static final String MARK_END = "]";

    private final PrintWriter out;
    private final Vocabulary vocabulary;

    SearchPrinter(PrintWriter out, Vocabulary vocabulary) {
        this.out = out;
        this.vocabulary = vocabulary;
    }

    void print(SearchRequest request, SearchResponse response) {
        int number = (response.page() - 1) * response.size();
        for (Hit hit : response.hits()) {
            number++;
            out.println(number + ". " + (hit.title() == null ? hit.fileName() : hit.title()));
            String about = about(hit);
            if (!about.isEmpty()) {
                out.println("   " + about);
            }
            for (Snippet snippet : hit.snippets()) {
                String page = snippet.page() == null ? "" : " (p. " + snippet.page() + ")";
                out.println("   " + plain(snippet.text()) + page);
            }
            if (!hit.editions().isEmpty()) {
                out.println("   also in: " + hit.editions().stream().map(edition -> (edition.language() == null
                        ? "" : vocabulary.label(Dimension.LANGUAGE, edition.language(), Vocabulary.DEFAULT_LANGUAGE) + " ")
                        + "(" + edition.id() + ")").collect(Collectors.joining(", ")));
            }
            out.println("   id: " + hit.id());
        }
        out.println(total(request, response));
        notices(request, response);
        if (response.didYouMean() != null && !response.pastLastPage()) {
            out.println("Did you mean: " + response.didYouMean() + "?");
        }
        List<String> added = response.addedLabels();
        if (!added.isEmpty()) {
            out.println("Also searched: " + String.join(", ", added) + " (--no-expand: only the words as typed)");
        }
        if (response.works() != response.total() && response.facets().values().stream().anyMatch(v -> !v.isEmpty())) {
            // The hits are works but the counts below are not: say so, as the page and the API description do.
            out.println("Facet counts are documents: every edition of a work counts.");
        }
        response.facets().forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                out.println(dimension + ": " + facets(values));
            }
        });
        out.flush();
    }

    /**
     * What the search did other than asked: ran out of time, words dropped, nothing searchable, a page past the
     * last.
     */
    private void notices(SearchRequest request, SearchResponse response) {
        if (response.partial()) {
            out.println("These results may be incomplete: the search ran out of time and shows what it had found by"
                    + " then. Narrow it to see every match: more precise words, a phrase in quotes, or a filter such"
                    + " as --country, --type or --year-from.");
        }
        if (response.relaxed()) {
            out.println("No document has all of your words; showing those with most of them"
                    + " (--match all for only documents with all of them).");
        }
        if (response.nothingSearchable()) {
            out.println("Nothing in \"" + request.query() + "\" could be searched (only very common words or"
                    + " punctuation): showing the whole library. Put words in quotes to search for them as written.");
        }
        if (response.pastLastPage()) {
            out.println("Page " + response.page() + " is past the last page of these results: the last is --page "
                    + response.lastPage() + ".");
        }
    }

    private String about(Hit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.type() != null) {
            parts.add(vocabulary.label(Dimension.TYPE, hit.type(), Vocabulary.DEFAULT_LANGUAGE));
        }
        if (!hit.countries().isEmpty()) {
            parts.add(hit.countries().stream().map(c -> vocabulary.label(Dimension.COUNTRY, c,
                    Vocabulary.DEFAULT_LANGUAGE))
                    .collect(Collectors.joining(", ")));
        }
        if (hit.year() != null) {
            parts.add(String.valueOf(hit.year()));
        }
        if (hit.organization() != null) {
            parts.add(hit.organization());
        }
        return String.join(" · ", parts);
    }

    private static String total(SearchRequest request, SearchResponse response) {
        String documents = response.total() == 1 ? "1 document" : response.total() + " documents";
        if (response.works() != response.total()) {
            // Some hits stand for several editions of one work: the hits are works, the facets count documents.
            documents = response.works() + (response.works() == 1 ? " work in " : " works in ") + documents;
        }
        String shown = response.hits().isEmpty() ? "" : ", showing " + ((response.page() - 1) * response.size() + 1)
                + "–" + ((response.page() - 1) * response.size() + response.hits().size());
        String partial = response.partial() ? " (time ran out: these are the hits found so far)" : "";
        return (request.query().isEmpty() ? "" : "\"" + request.query() + "\": ") + documents + shown + partial
                + " (" + response.tookMs() + " ms)";
    }

    private static String facets(List<FacetValue> values) {
        String shown = values.stream().limit(FACET_VALUES_SHOWN)
                .map(v -> (v.selected() ? "*" : "") + v.label() + " (" + v.count() + ")")
                .collect(Collectors.joining(", "));
        return values.size() > FACET_VALUES_SHOWN ? shown + ", …" : shown;
    }

    /** Snippet HTML as text: the marks as brackets, the entities decoded. */
    static String plain(String html) {
        String text = html.replace("<mark>", MARK_START).replace("</mark>", MARK_END);
        for (Map.Entry<String, String> entity : Map.of("&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#39;", "'",
                "&#x27;", "'").entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        return text.replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
