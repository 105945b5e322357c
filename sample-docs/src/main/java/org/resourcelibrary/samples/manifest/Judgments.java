package org.resourcelibrary.samples.manifest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.resourcelibrary.samples.source.SampleMetadata;

/**
 * Judges the multilingual query set by rule from the true metadata, never by looking at rankings: every
 * document tagged with a query's topic is relevant, with gain {@value #SAME_LANGUAGE_GAIN} in the member's
 * language and {@value #OTHER_LANGUAGE_GAIN} in another. Queries are tab-separated lines {@code qid, text,
 * member's language, topic code}; judgments are written as TREC qrels, documents in file order.
 */
public final class Judgments {

    /** Gain of a document on the query's topic in the member's language. */
    public static final int SAME_LANGUAGE_GAIN = 2;
    /** Gain of a document on the query's topic in another language: found, but the member reads it less easily. */
    public static final int OTHER_LANGUAGE_GAIN = 1;
    private static final int QUERY_COLUMNS = 4;

    /** One judged query: its id, the member's language and the topic code it asks for. */
    public record Query(String id, String language, String topic) {
    }

    /** Reads the queries file's lines; a line without its four columns is an error naming its number. */
    public static List<Query> queries(List<String> lines) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length < QUERY_COLUMNS) {
                throw new IllegalArgumentException("queries line " + (i + 1) + " has " + cells.length
                        + " columns; expected qid, text, language, topic separated by tabs");
            }
            queries.add(new Query(cells[0], cells[2], cells[3]));
        }
        return queries;
    }

    public void write(Appendable out, List<Query> queries, List<SampleMetadata> documents) throws IOException {
        List<SampleMetadata> inFileOrder = documents.stream().sorted(Comparator.comparing(SampleMetadata::file))
                .toList();
        for (Query query : queries) {
            for (SampleMetadata document : inFileOrder) {
                if (document.topics().contains(query.topic())) {
                    int gain = document.language().equals(query.language()) ? SAME_LANGUAGE_GAIN
                            : OTHER_LANGUAGE_GAIN;
                    out.append(query.id()).append(" 0 ").append(document.file()).append(' ')
                            .append(Integer.toString(gain)).append('\n');
                }
            }
        }
    }
}
