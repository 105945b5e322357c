package org.resourcelibrary.indexer.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code library search}: the same search as {@code GET /api/search}, from the command line. Opens the library
 * read-only, so it works while a server or an ingest is writing to it.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches the library. No QUERY browses everything (still faceted).",
                "Repeating a filter ORs its values; different filters AND. Filter values are codes (ZM, "
                        + "case-management, toolkit, fr)."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", -excluded, field:value.")
    private String query;

    @Option(names = "--country", paramLabel = "X", description = "ISO 3166-1 alpha-2 code, e.g. ZM.")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--region", paramLabel = "X")
    private List<String> regions = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "X")
    private List<String> topics = new ArrayList<>();

    @Option(names = "--type", paramLabel = "X")
    private List<String> types = new ArrayList<>();

    @Option(names = "--language", paramLabel = "X", description = "ISO 639-1 code, e.g. fr.")
    private List<String> languages = new ArrayList<>();

    @Option(names = "--organization", paramLabel = "X")
    private List<String> organizations = new ArrayList<>();

    @Option(names = "--year-from", paramLabel = "Y")
    private Integer yearFrom;

    @Option(names = "--year-to", paramLabel = "Y")
    private Integer yearTo;

    @Option(names = "--sort", paramLabel = "S", description = "relevance, newest, oldest or title. "
            + "Default: relevance with a query, newest without.")
    private String sort;

    @Option(names = "--page", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
    private int page = 1;

    @Option(names = "--size", paramLabel = "N", description = "Hits per page. Default: ${DEFAULT-VALUE}.")
    private int size = SearchRequest.DEFAULT_SIZE;

    @Option(names = "--no-expand", description = "Search only the words as typed: no other languages' labels or "
            + "synonyms from the thesaurus (expand=false).")
    private boolean noExpand;

    @Option(names = "--json", description = "Print exactly what GET /api/search returns for the same request.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        SearchRequest request = request().validate(vocabulary);
        DataDirectory data = common.data();
        SearchResponse response;
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(data.index(), vocabulary)) {
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

    private SearchRequest request() {
        SearchRequest.Builder builder = SearchRequest.builder().query(query).years(yearFrom, yearTo).page(page)
                .size(size).filter(Dimension.COUNTRY, countries).filter(Dimension.REGION, regions)
                .filter(Dimension.TOPIC, topics).filter(Dimension.TYPE, types).filter(Dimension.LANGUAGE, languages)
                .filter(Dimension.ORGANIZATION, organizations).expand(!noExpand);
        if (sort != null) {
            builder.sort(Sort.fromParam(sort).orElseThrow(() ->
                    new UsageException("unknown --sort '" + sort + "': use relevance, newest, oldest or title")));
        }
        return builder.build();
    }
}
