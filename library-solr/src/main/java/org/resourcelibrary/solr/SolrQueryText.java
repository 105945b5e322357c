package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Filter;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Labels;
import org.resourcelibrary.core.search.query.UserQuery.Nested;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Translation;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.query.UserQuery.YearRange;
import org.resourcelibrary.core.search.Dimension;

/**
 * A query as the library's own parser understood it ({@link UserQuery}), written back in the syntax of Solr's
 * edismax parser: its words and phrases for the text fields, the thesaurus's labels in their languages' fields,
 * and its facet values and years (groups that search no text) as filters apart, so that they hold however many of
 * the words must match.
 */
final class SolrQueryText {

    private SolrQueryText() {
    }

    /**
     * The text part of {@code query} for {@code q} (empty when it has none).
     *
     * @param spellings the close spellings its words also match
     */
    static String text(UserQuery query, SolrTypos spellings) {
        return query.groups().stream().filter(g -> !g.isFilter()).map(g -> group(g, g.required(), spellings))
                .collect(Collectors.joining(" "));
    }


    /**
     * The text part of {@code query} with every group required: edismax would apply its {@code mm} to the
     * alternatives of a query of one group in parentheses (a concept's labels), as if they were its words.
     */
    static String allRequired(UserQuery query, SolrTypos spellings) {
        return query.groups().stream().filter(g -> !g.isFilter()).map(g -> group(g, true, spellings))
                .collect(Collectors.joining(" "));
    }

    /** One filter query per group of {@code query} that only selects facet values or years. */
    static List<String> filters(UserQuery query) {
        List<String> filters = new ArrayList<>();
        for (Group group : query.groups()) {
            if (group.isFilter()) {
                String clauses = group.alternatives().stream().map(c -> clause(c, SolrTypos.none()))
                        .collect(Collectors.joining(" OR "));
                filters.add(group.prohibited() ? "*:* -(" + clauses + ")" : clauses);
            }
        }
        return filters;
    }

    /** {@code field:"value"}, the value escaped. */
    static String term(String field, String value) {
        return field + ":" + quoted(value);
    }

    /** {@code "value"}, escaped: one term, whatever it holds. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A group, marked required ({@code +}) when {@code required}, excluded ({@code -}) when prohibited (an excluded
     * word excludes itself only, not its close spellings).
     */
    private static String group(Group group, boolean required, SolrTypos spellings) {
        SolrTypos close = group.prohibited() ? SolrTypos.none() : spellings;
        String body = group.alternatives().stream().map(c -> clause(c, close)).collect(Collectors.joining(" OR "));
        if (group.alternatives().size() > 1) {
            body = "(" + body + ")";
        }
        return group.prohibited() ? "-" + body : required ? "+" + body : body;
    }

    /**
     * A concept's labels, each a phrase in its own language's text fields (the neutral ones for a language the
     * library does not analyse), or the documents tagged with the concept.
     */
    private static String labels(Labels labels) {
        List<String> alternatives = new ArrayList<>();
        for (Translation label : labels.translations()) {
            for (String field : Schema.TEXT_FIELDS) {
                alternatives.add((Analysis.analysed(label.language()) ? Schema.languageField(field, label.language())
                        : field) + ":" + quoted(label.text()));
            }
        }
        if (labels.tagged() != null) {
            alternatives.add(clause(labels.tagged(), SolrTypos.none()));
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    private static String clause(Clause clause, SolrTypos spellings) {
        if (clause instanceof Word word) {
            String text = ClientUtils.escapeQueryChars(word.text()) + (word.prefix() ? "*" : "");
            return spellings.word(word, word.field() == null ? text : word.field() + ":" + text);
        }
        if (clause instanceof Phrase phrase) {
            String text = "\"" + phrase.text().replace("\\", "\\\\").replace("\"", "") + "\"";
            return phrase.field() == null ? text : phrase.field() + ":" + text;
        }
        if (clause instanceof Filter filter) {
            return filter.dimension() == Dimension.YEAR ? Dimension.YEAR.param() + ":" + filter.value()
                    : term(filter.dimension().param(), filter.value());
        }
        if (clause instanceof YearRange range) {
            return Dimension.YEAR.param() + ":[" + range.from() + " TO " + range.to() + "]";
        }
        if (clause instanceof Labels labels) {
            return labels(labels);
        }
        // Every group of a nested query must match.
        return "(" + ((Nested) clause).query().groups().stream().map(g -> group(g, true, spellings))
                .collect(Collectors.joining(" ")) + ")";
    }
}
