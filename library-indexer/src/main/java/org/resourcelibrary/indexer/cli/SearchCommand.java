package org.resourcelibrary.indexer.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code library search}: the same search as {@code GET /api/search}, from the command line. Opens the library
 * read-only, so it works while a server or an ingest is writing to it; or searches the SolrCloud collection named.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = SearchCommand.FilterOptions.class,
        description = {"Searches the library. No QUERY browses everything (still faceted).",
                "Repeating a filter ORs its values; different filters AND. Filter values are codes (ZM, "
                        + "case-management, toolkit, fr)."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private BackendOptions backend;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", -excluded or NOT word, AND, "
            + "OR, (groups), field:value. Operators in upper case; NOT binds tightest, then AND, then OR.")
    private String query;

    @Option(names = "--lang", paramLabel = "L", description = "The language the reader reads (en, fr, es, pt): "
            + "labels, and ranking prefers its documents (as lang= on GET /api/search). Default: the query's.")
    private String lang;

    @Option(names = "--year-from", paramLabel = "Y")
    private String yearFrom;

    @Option(names = "--year-to", paramLabel = "Y")
    private String yearTo;

    @Option(names = "--sort", paramLabel = "S", description = "relevance, newest, oldest or title. "
            + "Default: relevance with a query, newest without.")
    private String sort;

    @Option(names = "--page", paramLabel = "N", description = "Default: 1.")
    private String page;

    @Option(names = "--size", paramLabel = "N", description = "Hits per page. Default: "
            + SearchRequest.DEFAULT_SIZE + ".")
    private String size;

    @Option(names = "--match", paramLabel = "M", description = "auto: every word of up to three, else those with "
            + "most of them (said as relaxed); all: every word, never relaxed. Default: auto.")
    private String match;

    @Option(names = "--no-expand", description = "Search only the words as typed: no other languages' labels or "
            + "synonyms from the thesaurus (expand=false).")
    private boolean noExpand;

    @Option(names = "--json", description = "Print exactly what GET /api/search returns for the same request.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        SearchRequest request = new SearchParameters(vocabulary, SearchParameters.Mode.STRICT).parse(parameters());
        DataDirectory data = common.data();
        SearchResponse response;
        try (Library library = backend.openToSearch(data, vocabulary)) {
            if (Files.exists(data.thesaurus())) {
                ThesaurusFile thesaurus = ThesaurusFile.open(data.thesaurus(), vocabulary, Duration.ZERO);
                thesaurus.problem().ifPresent(problem -> spec.commandLine().getErr().println(
                        "warning: the shipped thesaurus is used: " + problem));
                library.useThesaurus(thesaurus::current);
            }
            response = library.search(request);
        } catch (NoSuchFileException e) {
            throw new UsageException("there is no library in " + data.root() + " yet: run 'library ingest' first,"
                    + " or give its --data directory");
        }
        if (json) {
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(response));
            spec.commandLine().getOut().flush();
        } else {
            new SearchPrinter(spec.commandLine().getOut(), vocabulary).print(request, response);
        }
        return 0;
    }

    /** The options as the search's parameters, read as the API reads its own. */
    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, SearchParameters.QUERY, query);
        put(parameters, SearchParameters.YEAR_FROM, yearFrom);
        put(parameters, SearchParameters.YEAR_TO, yearTo);
        put(parameters, SearchParameters.SORT, sort);
        put(parameters, SearchParameters.PAGE, page);
        put(parameters, SearchParameters.SIZE, size);
        put(parameters, SearchParameters.LANG, lang);
        put(parameters, SearchParameters.MATCH, match);
        put(parameters, SearchParameters.EXPAND, noExpand ? "false" : null);
        for (Dimension dimension : Dimension.filters()) {
            List<String> values = spec.findOption(FilterOptions.name(dimension)).getValue();
            parameters.put(dimension.param(), values == null ? List.of() : values);
        }
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(value));
        }
    }

    /** One repeatable {@code --country}-style option per dimension filtered by value, from its definition. */
    public static final class FilterOptions implements IModelTransformer {

        static String name(Dimension dimension) {
            return "--" + dimension.param();
        }

        @Override
        public CommandSpec transform(CommandSpec command) {
            for (Dimension dimension : Dimension.filters()) {
                command.addOption(OptionSpec.builder(name(dimension)).paramLabel("X").type(List.class)
                        .auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
                        .description("Filter by " + dimension.param() + dimension.hint() + ".").build());
            }
            return command;
        }
    }
}
