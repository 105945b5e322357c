package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resourcelibrary.core.model.MetadataField;

/**
 * How long each free-text metadata field may be, in one place: a title, summary or organisation is one value
 * of at most so many characters; authors and keywords are lists of at most so many values, each of at most so
 * many characters. Vocabulary fields (countries, topics, type, language) and the year are bounded by what
 * they may hold. Applied to metadata as a person sends it: a librarian's upload or edit over a limit is
 * {@link #check refused}; a manifest's value is {@link #cut} to the limit, and the manifest problem says so.
 */
public final class MetadataLimits {

    /** The longest title, in characters. */
    public static final int TITLE_CHARS = 500;
    /** The longest summary, in characters. */
    public static final int SUMMARY_CHARS = 5_000;
    /** The longest organisation name, in characters. */
    public static final int ORGANIZATION_CHARS = 300;
    /** The longest author (a person or a body), in characters. */
    public static final int AUTHOR_CHARS = 300;
    /** The most authors a document may list. */
    public static final int AUTHORS = 100;
    /** The longest keyword, in characters. */
    public static final int KEYWORD_CHARS = 100;
    /** The most keywords a document may have. */
    public static final int KEYWORDS = 50;

    /** A field's limits: characters per value, and values (1 for a single-valued field). */
    private record Limit(int chars, int values) {
    }

    private static final Map<String, Limit> LIMITS = Map.of(
            MetadataField.TITLE.key(), new Limit(TITLE_CHARS, 1),
            MetadataField.SUMMARY.key(), new Limit(SUMMARY_CHARS, 1),
            MetadataField.ORGANIZATION.key(), new Limit(ORGANIZATION_CHARS, 1),
            MetadataField.AUTHORS.key(), new Limit(AUTHOR_CHARS, AUTHORS),
            MetadataField.KEYWORDS.key(), new Limit(KEYWORD_CHARS, KEYWORDS));
    /** How much of a value over its limit a problem quotes, to say which value it is. */
    private static final int QUOTED_CHARS = 40;

    private MetadataLimits() {
    }

    /** Fields as sent, with the values over a limit cut to it, and what was cut. */
    public record Cut(Map<String, String> fields, List<FieldProblem> problems) {
    }

    /** The problems of the fields (as the upload form sends them, lists joined) over their limits; none if none. */
    public static List<FieldProblem> check(Map<String, String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((field, value) -> {
            Limit limit = LIMITS.get(field);
            if (limit == null || value == null) {
                return;
            }
            List<String> values = values(value, limit);
            MetadataField named = MetadataField.fromKey(field).orElseThrow();
            if (values.size() > limit.values()) {
                problems.add(FieldProblem.of(field, MetadataRefusal.TOO_MANY_VALUES, named, values.size(),
                        limit.values()));
            }
            values.stream().filter(v -> v.length() > limit.chars()).findFirst().ifPresent(v -> problems.add(
                    limit.values() == 1 ? FieldProblem.of(field, MetadataRefusal.TOO_LONG, named, v.length(),
                            limit.chars())
                            : FieldProblem.of(field, MetadataRefusal.VALUE_TOO_LONG, named,
                                    prefix(v, QUOTED_CHARS), v.length(), limit.chars())));
        });
        return problems;
    }

    /** The fields with every value over its limit cut to it (and values beyond the most allowed dropped). */
    public static Cut cut(Map<String, String> fields) {
        Map<String, String> cut = new LinkedHashMap<>(fields);
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((field, value) -> {
            Limit limit = LIMITS.get(field);
            if (limit == null || value == null) {
                return;
            }
            List<String> values = new ArrayList<>(values(value, limit));
            if (values.size() > limit.values()) {
                problems.add(new FieldProblem(field, field + " has " + values.size() + " values, over the limit of "
                        + limit.values() + ": the first " + limit.values() + " are kept"));
                values = new ArrayList<>(values.subList(0, limit.values()));
            }
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (v.length() > limit.chars()) {
                    problems.add(new FieldProblem(field, tooLong(field, v, limit) + ", over the limit of "
                            + limit.chars() + ": cut to its first " + limit.chars()));
                    values.set(i, prefix(v, limit.chars()));
                }
            }
            cut.put(field, limit.values() == 1 ? values.get(0) : String.join(MetadataForm.LIST_SEPARATOR, values));
        });
        return new Cut(cut, problems);
    }

    private static List<String> values(String value, Limit limit) {
        return limit.values() == 1 ? List.of(value.strip()) : MetadataForm.list(value);
    }

    private static String tooLong(String field, String value, Limit limit) {
        String chars = String.format(Locale.ROOT, "%,d characters long", value.length());
        return limit.values() == 1 ? field + " is " + chars
                : field + ": '" + prefix(value, QUOTED_CHARS) + "…' is " + chars;
    }

    /** The first {@code chars} characters, without splitting a character outside the BMP in two. */
    private static String prefix(String value, int chars) {
        int end = Character.isHighSurrogate(value.charAt(chars - 1)) ? chars - 1 : chars;
        return value.substring(0, end);
    }
}
