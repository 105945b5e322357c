package org.resourcelibrary.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.json.Json;

/**
 * An IR test collection: documents (JSON lines with {@code id}, {@code title}, {@code text} and optional
 * {@code author}, {@code language}), queries ({@code qid<TAB>text}, optionally {@code <TAB>lang}, the
 * member's language, and further columns that say how the query was judged) and TREC qrels
 * ({@code qid 0 docid gain}).
 */
public record TestCollection(List<Document> documents, Map<String, Query> queries,
                             Map<String, Map<String, Integer>> qrels) {

    /** One document of the collection. */
    public record Document(String id, String title, String text, String author, String language) {
    }

    /**
     * One query of the collection.
     *
     * @param language the member's language it is sent with, or null
     */
    public record Query(String text, String language) {
    }

    /**
     * Reads a collection.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public static TestCollection read(Path docs, Path queries, Path qrels) throws IOException {
        return new TestCollection(documents(docs), queries(queries), qrels(qrels));
    }

    /**
     * Reads the queries and judgments of a collection whose documents are a library already built.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public static TestCollection judgments(Path queries, Path qrels) throws IOException {
        return new TestCollection(List.of(), queries(queries), qrels(qrels));
    }

    private static List<Document> documents(Path file) throws IOException {
        ObjectMapper json = Json.mapper();
        List<Document> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw malformed(file, number, "not a JSON object");
                }
                if (!node.hasNonNull("id")) {
                    throw malformed(file, number, "no \"id\"");
                }
                documents.add(new Document(node.get("id").asText(), node.path("title").asText(""),
                        node.path("text").asText(""), node.path("author").asText(null),
                        node.path("language").asText("en")));
            }
        }
        return documents;
    }

    private static Map<String, Query> queries(Path file) throws IOException {
        Map<String, Query> queries = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 1) {
                throw malformed(file, number, "expected: qid<TAB>text");
            }
            String[] columns = line.substring(tab + 1).split("\t");
            String language = columns.length > 1 && !columns[1].isBlank() ? columns[1].strip() : null;
            queries.put(line.substring(0, tab).strip(), new Query(columns[0].strip(), language));
        }
        return queries;
    }

    private static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 4) {
                throw malformed(file, number, "expected: qid 0 docid gain");
            }
            try {
                qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
            } catch (NumberFormatException e) {
                throw malformed(file, number, "gain is not a whole number");
            }
        }
        return qrels;
    }

    private static IllegalArgumentException malformed(Path file, int line, String why) {
        return new IllegalArgumentException(file + " line " + line + ": " + why);
    }
}
