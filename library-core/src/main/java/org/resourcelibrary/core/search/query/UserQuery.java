package org.resourcelibrary.core.search.query;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.resourcelibrary.core.search.Dimension;

/**
 * A parsed query: groups that must all match (unless prohibited), each group one or more alternatives
 * joined by OR. A group joined to the query by an explicit {@code AND} is {@code required}: it must match
 * even when the search relaxes to documents with most of the words. Parentheses, and an {@code AND} or
 * {@code NOT} inside an {@code OR}, make a {@link Nested} query.
 */
public record UserQuery(List<Group> groups) {

    public UserQuery {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Plain words of the query, nested ones included, that are searched in text (for spelling suggestions). */
    public List<Word> words() {
        return groups.stream().flatMap(g -> g.alternatives().stream())
                .flatMap(c -> c instanceof Nested nested ? nested.query().words().stream() : Stream.of(c))
                .filter(Word.class::isInstance).map(Word.class::cast)
                .filter(w -> w.field() == null && !w.prefix()).collect(Collectors.toList());
    }

    /** Whether a word or phrase (nested ones included) must or may match: excluded ones aside. */
    public boolean hasText() {
        return groups.stream().anyMatch(g -> !g.prohibited() && g.alternatives().stream().anyMatch(c ->
                c instanceof Word || c instanceof Phrase || c instanceof Nested nested && nested.query().hasText()));
    }

    /** Whether a phrase (nested ones included) must or may match: excluded ones aside. */
    public boolean hasPhrase() {
        return groups.stream().anyMatch(g -> !g.prohibited() && g.alternatives().stream().anyMatch(c ->
                c instanceof Phrase || c instanceof Nested nested && nested.query().hasPhrase()));
    }

    /** The query written back in the syntax it was parsed from. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (i > 0) {
                text.append(group.required() && groups.get(i - 1).required() ? " AND " : " ");
            }
            text.append(group.render());
        }
        return text.toString();
    }

    /**
     * One or more alternatives; {@code prohibited} groups exclude what they match; {@code required} ones (joined
     * by an explicit {@code AND}) must match however the search relaxes.
     */
    public record Group(List<Clause> alternatives, boolean prohibited, boolean required) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }

        /** Whether the group only selects facet values or years (it searches no text). */
        public boolean isFilter() {
            return alternatives.stream().allMatch(c -> c instanceof Filter || c instanceof YearRange);
        }

        /** A group neither prohibited nor explicitly required. */
        public Group(List<Clause> alternatives) {
            this(alternatives, false, false);
        }

        String render() {
            String body = alternatives.stream().map(Clause::render).collect(Collectors.joining(" OR "));
            if (alternatives.size() > 1 && (prohibited || required)) {
                // Read back, the OR would otherwise bind looser than the NOT or AND around it.
                body = "(" + body + ")";
            }
            return prohibited ? "-" + body : body;
        }
    }

    /** A part of the query. */
    public sealed interface Clause permits Word, Phrase, Filter, YearRange, Nested, Labels {
        String render();
    }

    /** A query in parentheses, or an {@code AND} / {@code NOT} inside an {@code OR}: all its groups must match. */
    public record Nested(UserQuery query) implements Clause {
        @Override
        public String render() {
            return "(" + query.render() + ")";
        }
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

    /**
     * The words {@code typed} in other languages: a concept's labels, each searched in its own language's
     * analysis only (another language's stemming would take it for its own words: the Spanish "informe" is
     * the English "inform"), and scored as rare as the words typed are in the library; and, when
     * {@code tagged} is not null, the documents tagged with the vocabulary value the words name, as rare too.
     */
    public record Labels(List<Translation> translations, List<String> typed, Filter tagged) implements Clause {
        public Labels {
            translations = List.copyOf(translations);
            typed = List.copyOf(typed);
        }

        /** The labels without the documents tagged with the concept. */
        public Labels(List<Translation> translations, List<String> typed) {
            this(translations, typed, null);
        }

        @Override
        public String render() {
            return java.util.stream.Stream.concat(translations.stream()
                            .map(t -> t.text().contains(" ") ? "\"" + t.text() + "\"" : t.text()),
                    tagged == null ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(tagged.render()))
                    .collect(Collectors.joining(" OR "));
        }
    }

    /** Words in one language ({@code language} a code with its own analysis). */
    public record Translation(String language, String text) {
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
