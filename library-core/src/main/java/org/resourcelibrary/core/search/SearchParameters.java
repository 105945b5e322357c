package org.resourcelibrary.core.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The one reading of a search from named parameters ({@code q}, one repeatable parameter per facet dimension,
 * {@code year_from}, {@code year_to}, {@code sort}, {@code page}, {@code size}, {@code cursor}, {@code lang},
 * {@code match}, {@code expand}),
 * shared by the API, the search page and the CLI, so that the same parameters mean the same search and the
 * same faults get the same message at every door. Filter values are resolved as librarians type them (a code,
 * or a name in any label language: {@code country=Zambia} is ZM). The request is checked here, once.
 */
public final class SearchParameters {

    public static final String QUERY = "q";
    public static final String YEAR_FROM = "year_from";
    public static final String YEAR_TO = "year_to";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String CURSOR = "cursor";
    public static final String LANG = "lang";
    public static final String MATCH = "match";
    public static final String EXPAND = "expand";

    /** Every parameter a search takes. */
    public static final Set<String> NAMES = names();

    /** How parameters a search does not take are treated. */
    public enum Mode {
        /** Refused, naming the parameter (the API: a typo should not silently widen a search). */
        STRICT,
        /** Ignored (the page: links from elsewhere may carry parameters of their own). */
        LENIENT
    }

    private final Vocabulary vocabulary;
    private final Mode mode;

    public SearchParameters(Vocabulary vocabulary, Mode mode) {
        this.vocabulary = vocabulary;
        this.mode = mode;
    }

    /**
     * The search the parameters ask for, checked. Empty values count as absent (as an empty form field sends
     * them).
     *
     * @throws InvalidRequestException naming the first parameter at fault
     */
    public SearchRequest parse(Map<String, List<String>> parameters) {
        return parse(parameters, null);
    }

    /**
     * The search the parameters ask for, checked, made by a member whose browser says {@code acceptLanguage}
     * (an {@code Accept-Language} header, or null): it says which language the member reads when {@code lang}
     * does not.
     *
     * @throws InvalidRequestException naming the first parameter at fault
     */
    public SearchRequest parse(Map<String, List<String>> parameters, String acceptLanguage) {
        if (mode == Mode.STRICT) {
            for (String name : new TreeSet<>(parameters.keySet())) {
                if (!NAMES.contains(name)) {
                    throw new InvalidRequestException(name, SearchRefusal.UNKNOWN_PARAMETER,
                            ParameterValues.quoted(name), String.join(", ", new TreeSet<>(NAMES)));
                }
            }
        }
        ParameterValues values = new ParameterValues(parameters);
        SearchRequest.Builder builder = SearchRequest.builder()
                .query(values.single(QUERY))
                .years(values.integer(YEAR_FROM, PublicationYears.latest()),
                        values.integer(YEAR_TO, PublicationYears.latest()))
                .sort(sort(values.single(SORT)))
                .page(orDefault(values.integer(PAGE, SearchRequest.MAX_PAGE), 1))
                .size(orDefault(values.integer(SIZE, SearchRequest.MAX_SIZE), SearchRequest.DEFAULT_SIZE))
                .cursor(values.single(CURSOR))
                .labelLanguage(values.single(LANG))
                .memberLanguage(MemberLanguage.of(values.single(LANG), acceptLanguage))
                .match(Match.parse(values.single(MATCH)))
                .expand(SearchRequest.expandFlag(values.single(EXPAND)));
        for (Dimension dimension : Dimension.values()) {
            List<String> resolved = new ArrayList<>();
            for (String value : values.all(dimension.param())) {
                resolved.add(vocabulary.resolve(dimension, value).orElseThrow(() -> new InvalidRequestException(
                        dimension.param(), SearchRefusal.unknown(dimension), dimension.param(),
                        ParameterValues.quoted(value))));
            }
            builder.filter(dimension, resolved);
        }
        return builder.build().validate(vocabulary);
    }

    /**
     * The parameters of a URL's query string, decoded strictly.
     *
     * @throws InvalidRequestException naming a parameter whose name or value is not valid percent-encoding
     */
    public static Map<String, List<String>> decode(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(rawName, rawName);
            String value = equals < 0 ? "" : decoded(name, pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decoded(String parameter, String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, SearchRefusal.UNDECODABLE, parameter,
                    ParameterValues.quoted(text));
        }
    }

    private static Sort sort(String value) {
        if (value == null) {
            return null;
        }
        return Sort.fromParam(value).orElseThrow(() -> new InvalidRequestException(SORT, SearchRefusal.SORT,
                Arrays.stream(Sort.values()).map(Sort::param).toList().toString(), ParameterValues.quoted(value)));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(List.of(QUERY, YEAR_FROM, YEAR_TO, SORT, PAGE, SIZE, CURSOR, LANG,
                MATCH, EXPAND));
        for (Dimension dimension : Dimension.values()) {
            names.add(dimension.param());
        }
        return Set.copyOf(names);
    }
}
