package org.resourcelibrary.benchmarks.answers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The answers of the query mix on a library, one line of JSON per query in the mix's order: the query, its total,
 * the ids of its first hits and every facet's counts. Nothing that varies from run to run (times) is written, so
 * two builds that answer alike write the same file, byte for byte, and {@code diff} shows where they do not.
 */
public final class MixAnswers {

    /** Hits of each answer whose ids are written, in rank order. */
    public static final int TOP_HITS = 10;

    /** One query's answer as written. */
    public record Answer(String query, Map<String, List<String>> filters, String sort, int page, long total,
                         boolean partial, List<String> top, Map<String, List<String>> facets) {
    }

    private final Vocabulary vocabulary;
    private final ObjectMapper json = Json.mapper();

    public MixAnswers(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Answers the mix on the library in {@code data} (opened read-only) and writes the answers to {@code out}. */
    public int write(Path data, int mixSize, long mixSeed, Path out) throws IOException {
        List<QuerySpec> mix = new QueryMix(vocabulary).queries(mixSeed, mixSize);
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(new DataDirectory(data).index(), vocabulary);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (QuerySpec query : mix) {
                writer.write(json.writeValueAsString(answer(library, query)));
                writer.newLine();
            }
        }
        return mix.size();
    }

    /** {@code query}'s answer from {@code library}. */
    static Answer answer(LibrarySearch library, QuerySpec query) {
        SearchResponse response = library.search(query.toRequest());
        // The mix keeps its filters in a map of no fixed order: written in the dimensions' order, to be compared.
        Map<String, List<String>> filters = new LinkedHashMap<>();
        new TreeMap<>(query.filters()).forEach((dimension, values) -> filters.put(dimension.param(), values));
        List<String> top = response.hits().stream().limit(TOP_HITS).map(Hit::id).toList();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        response.facets().forEach((dimension, values) -> facets.put(dimension, counts(values, "")));
        return new Answer(query.text(), filters, query.sort().param(), query.page(), response.total(),
                response.partial(), top, facets);
    }

    /** Each value as {@code value=count}, in the response's order, its children after it as {@code value>child=count}. */
    private static List<String> counts(List<FacetValue> values, String parent) {
        List<String> counts = new ArrayList<>();
        for (FacetValue value : values) {
            counts.add(parent + value.value() + "=" + value.count());
            counts.addAll(counts(value.children(), parent + value.value() + ">"));
        }
        return counts;
    }
}
