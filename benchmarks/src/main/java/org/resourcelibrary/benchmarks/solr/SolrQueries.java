package org.resourcelibrary.benchmarks.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.resourcelibrary.benchmarks.load.HttpTarget;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * A query of the mix as Solr is asked it: edismax over the same fields with the same weights as our
 * {@link Ranking} (all words required up to {@value QueryWords#ALL_WORDS_UP_TO}, any of a longer query, the
 * proximity of word pairs as {@code pf2}), each selected dimension a tagged filter, every dimension counted by
 * the JSON Facet API with its own filter excluded (multi-select), the same sort and page, and snippets of the text.
 */
public final class SolrQueries {

    public static final String NAME = "Solr HTTP";
    /** Values counted per dimension, as ours ({@code FacetCounts.TOP_VALUES}). */
    static final int FACET_LIMIT = 100;
    /** Snippets per hit and their length, as ours. */
    static final int SNIPPETS = 2;
    static final int SNIPPET_LENGTH = 220;
    /** What a hit returns: its id and the stored resource, as our hits read it. */
    private static final String FIELDS = Schema.ID + "," + Schema.RESOURCE;

    private final Ranking ranking;
    private final String qf;
    private final String pf2;

    public SolrQueries(Ranking ranking) {
        this.ranking = ranking;
        this.qf = fields(List.of("title", "summary", "body"), false);
        this.pf2 = fields(List.of("title", "body"), true);
    }

    /** Solr at {@code base} (e.g. {@code http://127.0.0.1:8983/solr}) answering the mix. */
    public static HttpTarget target(String base, long pid) {
        SolrQueries queries = new SolrQueries(Ranking.DEFAULT);
        return new HttpTarget(NAME, pid, query -> URI.create(base + "/" + SolrHome.CORE + "/select?"
                + queries.parameters(query)), "numFound");
    }

    /** The query string of {@code /select} for {@code query}. */
    public String parameters(QuerySpec query) {
        List<String> p = new ArrayList<>();
        if (query.text().isEmpty()) {
            p.add("q=" + HttpTarget.encode("*:*"));
        } else {
            p.add("q=" + HttpTarget.encode(query.text()));
            p.add("defType=edismax");
            p.add("qf=" + HttpTarget.encode(qf));
            p.add("tie=" + ranking.tieBreaker());
            p.add("mm=" + HttpTarget.encode(query.words() <= QueryWords.ALL_WORDS_UP_TO ? "100%" : "1"));
            if (!query.phrase() && query.words() > 1) {
                p.add("pf2=" + HttpTarget.encode(pf2));
                p.add("ps2=" + ranking.proximitySlop());
            }
            p.add("hl=true");
            p.add("hl.method=unified");
            p.add("hl.fl=body");
            p.add("hl.snippets=" + SNIPPETS);
            p.add("hl.fragsize=" + SNIPPET_LENGTH);
        }
        for (Map.Entry<Dimension, List<String>> filter : query.filters().entrySet()) {
            String field = field(filter.getKey());
            String values = filter.getValue().stream().map(v -> filter.getKey() == Dimension.YEAR ? v : quoted(v))
                    .collect(Collectors.joining(" OR "));
            p.add("fq=" + HttpTarget.encode("{!tag=" + field + "}" + field + ":(" + values + ")"));
        }
        p.add("json.facet=" + HttpTarget.encode(facets()));
        p.add("sort=" + HttpTarget.encode(query.sort() == Sort.RELEVANCE ? "score desc,id asc"
                : query.sort() == Sort.NEWEST ? "year desc,added desc,id asc" : "year asc,added asc,id asc"));
        p.add("start=" + (query.page() - 1) * query.size());
        p.add("rows=" + query.size());
        p.add("fl=" + FIELDS);
        p.add("omitHeader=true");
        return String.join("&", p);
    }

    /** Every dimension's top values, each over the hits of every selection but its own. */
    private static String facets() {
        List<String> facets = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            String field = field(dimension);
            facets.add(facet(field, field, FACET_LIMIT));
        }
        // Our region facet lists each region's countries under it.
        facets.add(facet(SolrFields.childPairs(Dimension.REGION), field(Dimension.REGION), -1));
        return "{" + String.join(",", facets) + "}";
    }

    private static String facet(String field, String excluded, int limit) {
        return String.format(Locale.ROOT, "%s:{type:terms,field:%s,limit:%d,domain:{excludeTags:%s}}", field, field,
                limit, excluded);
    }

    /** The Solr field of a dimension: the same name as its parameter. */
    static String field(Dimension dimension) {
        return dimension.param();
    }

    private String fields(List<String> names, boolean proximity) {
        List<String> weighted = new ArrayList<>();
        for (String name : names) {
            float weight = weight(name) * (proximity ? ranking.proximity() : 1f);
            weighted.add(name + "^" + weight * ranking.neutral());
            for (String language : Analysis.LANGUAGES) {
                weighted.add(name + "_" + language + "^" + weight);
            }
        }
        return String.join(" ", weighted);
    }

    private float weight(String field) {
        return switch (field) {
            case "title" -> ranking.title();
            case "summary" -> ranking.summary();
            default -> ranking.body();
        };
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
