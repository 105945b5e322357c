package org.resourcelibrary.core.query;

import java.util.List;
import java.util.stream.Collectors;
import org.resourcelibrary.core.search.Dimension;

/**
 * A parsed query: groups that must all match (unless prohibited), each group one or more alternatives
 * joined by OR.
 */
public record UserQuery(List<Group> groups) {

    public UserQuery {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Plain words of the query that are searched in text (for spelling suggestions). */
    public List<Word> words() {
        return groups.stream().flatMap(g -> g.alternatives().stream())
                .filter(Word.class::isInstance).map(Word.class::cast)
                .filter(w -> w.field() == null && !w.prefix()).collect(Collectors.toList());
    }

    /** The query written back in the syntax it was parsed from. */
    public String render() {
        return groups.stream().map(Group::render).collect(Collectors.joining(" "));
    }

    /** One or more alternatives; {@code prohibited} groups exclude what they match. */
    public record Group(List<Clause> alternatives, boolean prohibited) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }

        String render() {
            String body = alternatives.stream().map(Clause::render).collect(Collectors.joining(" OR "));
            return prohibited ? "-" + body : body;
        }
    }

    /** A part of the query. */
    public sealed interface Clause permits Word, Phrase, Filter, YearRange {
        String render();
    }

    /**
     * A word searched in the text fields, or in {@code field} (only {@code title} for now).
     *
     * @param prefix the word ended with {@code *}: match any word starting with it
     */
    public record Word(String text, String field, boolean prefix) implements Clause {
        @Override
        public String render() {
            return (field == null ? "" : field + ":") + text + (prefix ? "*" : "");
        }
    }

    /** Words that must appear together, in order. */
    public record Phrase(String text, String field) implements Clause {
        @Override
        public String render() {
            return (field == null ? "" : field + ":") + "\"" + text + "\"";
        }
    }

    /** A facet value: {@code country:ZM}, {@code type:toolkit}. */
    public record Filter(Dimension dimension, String value) implements Clause {
        @Override
        public String render() {
            return dimension.param() + ":" + (value.contains(" ") ? "\"" + value + "\"" : value);
        }
    }

    /** Publication years {@code from}..{@code to}, inclusive. */
    public record YearRange(int from, int to) implements Clause {
        @Override
        public String render() {
            return from == to ? "year:" + from : "year:" + from + ".." + to;
        }
    }
}
