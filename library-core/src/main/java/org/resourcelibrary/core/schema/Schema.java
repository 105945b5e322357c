package org.resourcelibrary.core.schema;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.resourcelibrary.core.search.Dimension;

/**
 * The index schema, defined once: field names, their analyzers and the {@link FacetsConfig}. Both the
 * writer and the searcher use these definitions.
 */
public final class Schema {

    /** Unique id: indexed as a keyword and as sorted doc values (the final tie-break of every sort). */
    public static final String ID = "id";
    /** SHA-256 of the original file (identical content is one resource). */
    public static final String SHA256 = "sha256";
    /** Ingest source roots the resource was found under (for incremental ingest). */
    public static final String SOURCE = "source";
    /** The whole {@link org.resourcelibrary.core.model.Resource} as JSON. */
    public static final String RESOURCE = "resource_json";
    /** Start offset of each page in {@link #BODY}, for mapping a snippet to its page. */
    public static final String PAGE_OFFSETS = "page_offsets";

    /** Text fields; each exists language-neutral under this name and per language as {@code name_xx}. */
    public static final String TITLE = "title";
    /** Summary, keywords, authors and organisation. */
    public static final String SUMMARY = "summary";
    /** The extracted text; the neutral field also stores it (for snippets and similar documents). */
    public static final String BODY = "body";
    public static final List<String> TEXT_FIELDS = List.of(TITLE, SUMMARY, BODY);

    /**
     * The work a document is an edition of (a keyword and sorted doc values): search shows a work's editions
     * as one hit. A document without one is a work of its own and has no value here.
     */
    public static final String WORK = "work";

    /**
     * A field of exact values a document is looked up by, not counted as a facet.
     *
     * @param multiValued whether a document may have several values
     */
    public record KeywordField(String name, boolean multiValued) {
    }

    /** The keyword fields, every backend's: each indexed as it is, never stored (the resource holds the values). */
    public static final List<KeywordField> KEYWORD_FIELDS = List.of(new KeywordField(SHA256, false),
            new KeywordField(SOURCE, true), new KeywordField(WORK, false));

    /** Sort keys. */
    public static final String TITLE_SORT = "title_sort";
    public static final String YEAR = "year";
    public static final String ADDED = "added";
    /**
     * When the document was last written to the index (epoch milliseconds, a point and doc values): the datestamp
     * harvesters select and page by.
     */
    public static final String CHANGED = "changed";

    /**
     * Prefix of the pairs field of a text field ({@code pairs16_body_fr}): its consecutive words, two by two,
     * in the text field's analysis, so phrases are checked only in documents that have every pair of them.
     * The 16 says how pairs are made (2^16 hash buckets, see {@code Analysis}): a new way needs a new prefix,
     * since searches trust the pairs of any field of this name and treat an index without them as one from
     * before pairs.
     */
    public static final String PAIRS_PREFIX = "pairs16_";
    /** The text fields that have a pairs field (long texts, where checking word positions costs). */
    public static final List<String> PAIRED_FIELDS = List.of(BODY);

    /** Facet values also indexed as keywords, for {@code field:value} queries. */
    public static final String KEYWORD_PREFIX = "kw_";

    /** Separator put between pages in {@link #BODY} so that phrases do not run across pages. */
    public static final String PAGE_SEPARATOR = "\n\n";

    private static final FacetsConfig FACETS = facetsConfig();
    private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

    private Schema() {
    }

    /** The one facets configuration, for indexing and for searching. */
    public static FacetsConfig facets() {
        return FACETS;
    }

    /** Analyzer for {@code IndexWriterConfig}: each field gets the analysis {@link #analyzer} names for it. */
    public static Analyzer indexAnalyzer() {
        return INDEX_ANALYZER;
    }

    /** {@code title_fr} for {@code (title, fr)}. */
    public static String languageField(String field, String language) {
        return field + "_" + language;
    }

    /** {@code pairs16_body_fr} for {@code body_fr}. */
    public static String pairsField(String textField) {
        return PAIRS_PREFIX + textField;
    }

    /** The keyword field for {@code field:value} queries on a dimension. */
    public static String keywordField(Dimension dimension) {
        return KEYWORD_PREFIX + dimension.param();
    }

    /** The analyzer of a text field, neutral or per language. */
    public static Analyzer analyzer(String field) {
        if (field.startsWith(PAIRS_PREFIX)) {
            return Analysis.pairs(analyzer(field.substring(PAIRS_PREFIX.length())));
        }
        int underscore = field.lastIndexOf('_');
        if (underscore > 0 && Analysis.analysed(field.substring(underscore + 1))
                && TEXT_FIELDS.contains(field.substring(0, underscore))) {
            return Analysis.forLanguage(field.substring(underscore + 1));
        }
        return Analysis.neutral();
    }

    /**
     * Each field's analyzer as {@link #analyzer} names it (the one statement of which field has which analysis),
     * looked up once per field name.
     */
    private static Analyzer buildIndexAnalyzer() {
        Map<String, Analyzer> perField = new ConcurrentHashMap<>();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return perField.computeIfAbsent(fieldName, Schema::analyzer);
            }
        };
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Dimension dimension : Dimension.values()) {
            config.setMultiValued(dimension.param(), dimension.multiValued());
            // A hierarchical dimension's path is value → value below it, so the values below are counted under it.
            config.setHierarchical(dimension.param(), dimension.hierarchical());
        }
        return config;
    }
}
