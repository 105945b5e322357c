package org.resourcelibrary.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.query.UserQuery.Clause;
import org.resourcelibrary.core.query.UserQuery.Filter;
import org.resourcelibrary.core.query.UserQuery.Group;
import org.resourcelibrary.core.query.UserQuery.Phrase;
import org.resourcelibrary.core.query.UserQuery.Word;
import org.resourcelibrary.core.query.UserQuery.YearRange;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Parses what a member typed. Forgiving by design: malformed syntax (an unbalanced quote, a lone AND,
 * {@code title:} with nothing, an unknown field) is searched as plain words, never an error. Only what
 * would make a slow query is refused: leading or inner wildcards, and prefixes too short to be useful.
 */
public final class UserQueryParser {

    /** Shortest prefix accepted before a trailing {@code *}. */
    public static final int MIN_PREFIX_LENGTH = 3;

    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:\\.\\.|-|–|/)\\s*(\\d{4})");
    private static final Pattern YEAR_BOUND = Pattern.compile("(>=|<=|>|<)(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Vocabulary vocabulary;

    public UserQueryParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Parses a query.
     *
     * @throws InvalidRequestException (parameter {@code q}) for wildcards that would make a slow query
     */
    public UserQuery parse(String text) {
        List<Token> tokens = tokenize(text == null ? "" : text);
        List<Group> groups = new ArrayList<>();
        List<Clause> alternatives = new ArrayList<>();
        boolean prohibited = false;
        boolean orPending = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean operatorPosition = !alternatives.isEmpty() && i + 1 < tokens.size();
            if (token.isOperator("OR") && operatorPosition) {
                orPending = true;
                continue;
            }
            if (token.isOperator("AND") && operatorPosition) {
                continue;
            }
            if (token.isOperator("NOT") && i + 1 < tokens.size()) {
                flush(groups, alternatives, prohibited);
                alternatives = new ArrayList<>();
                prohibited = true;
                orPending = false;
                continue;
            }
            Optional<Clause> clause = clause(token);
            if (clause.isEmpty()) {
                continue;
            }
            if (!orPending || token.prohibited) {
                flush(groups, alternatives, prohibited);
                alternatives = new ArrayList<>();
                prohibited = token.prohibited;
            }
            prohibited = prohibited || token.prohibited;
            alternatives.add(clause.get());
            orPending = false;
        }
        flush(groups, alternatives, prohibited);
        return new UserQuery(groups);
    }

    private static void flush(List<Group> groups, List<Clause> alternatives, boolean prohibited) {
        if (!alternatives.isEmpty()) {
            groups.add(new Group(alternatives, prohibited));
        }
    }

    private Optional<Clause> clause(Token token) {
        if (token.field != null) {
            Optional<Clause> fielded = fielded(token.field, token.value, token.quoted);
            if (fielded.isPresent()) {
                return fielded;
            }
            // Unknown field or value: search for both as plain words.
            return Optional.of(new Phrase(token.field + " " + token.value, null));
        }
        if (token.quoted) {
            return token.value.isBlank() ? Optional.empty() : Optional.of(new Phrase(token.value, null));
        }
        return word(token.value, null);
    }

    private Optional<Clause> fielded(String field, String value, boolean quoted) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.equals("title")) {
            return quoted ? Optional.of(new Phrase(value, "title")) : word(value, "title");
        }
        Optional<Dimension> dimension = Dimension.fromParam(name);
        if (dimension.isEmpty()) {
            return Optional.empty();
        }
        if (dimension.get().kind() == Dimension.Kind.YEARS) {
            return years(value);
        }
        return vocabulary.resolve(dimension.get(), value).map(code -> new Filter(dimension.get(), code));
    }

    private static Optional<Clause> years(String value) {
        String v = value.strip();
        Matcher range = YEAR_RANGE.matcher(v);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            return Optional.of(new YearRange(Math.min(from, to), Math.max(from, to)));
        }
        Matcher bound = YEAR_BOUND.matcher(v);
        if (bound.matches()) {
            int year = Integer.parseInt(bound.group(2));
            return Optional.of(switch (bound.group(1)) {
                case ">=" -> new YearRange(year, PublicationYears.latest());
                case ">" -> new YearRange(year + 1, PublicationYears.latest());
                case "<=" -> new YearRange(PublicationYears.EARLIEST, year);
                default -> new YearRange(PublicationYears.EARLIEST, year - 1);
            });
        }
        if (YEAR.matcher(v).matches()) {
            int year = Integer.parseInt(v);
            return Optional.of(new YearRange(year, year));
        }
        return Optional.empty();
    }

    private static Optional<Clause> word(String raw, String field) {
        // '?' is punctuation to members ("what is case management?"), never a wildcard here.
        String text = raw.replace('?', ' ').strip();
        if (text.isEmpty() || text.chars().allMatch(c -> c == '*')) {
            // A lone * (as in "*" or "*:*") means everything: no clause.
            return Optional.empty();
        }
        if (text.contains(" ")) {
            return Optional.of(new Phrase(text, field));
        }
        int star = text.indexOf('*');
        if (star == 0) {
            throw new InvalidRequestException("q", "'" + text + "': a word cannot start with a wildcard;"
                    + " put * at the end of a word, e.g. supervis*");
        }
        if (star > 0 && star < text.length() - 1) {
            throw new InvalidRequestException("q", "'" + text + "': wildcards are only supported at the end"
                    + " of a word, e.g. supervis*");
        }
        if (star > 0) {
            String prefix = text.substring(0, star);
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
                throw new InvalidRequestException("q", "'" + text + "': put at least " + MIN_PREFIX_LENGTH
                        + " letters before *");
            }
            return Optional.of(new Word(prefix, field, true));
        }
        return Optional.of(new Word(text, field, false));
    }

    /** A lexical unit: a word or quoted phrase, maybe prefixed by {@code -} and qualified by a field. */
    private record Token(String value, String field, boolean quoted, boolean prohibited) {
        boolean isOperator(String operator) {
            return field == null && !quoted && !prohibited && value.equals(operator);
        }
    }

    private static List<Token> tokenize(String text) {
        String input = balancedQuotes(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                i++;
                continue;
            }
            boolean prohibited = false;
            if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                prohibited = c == '-';
                i++;
            }
            if (i < n && input.charAt(i) == '"') {
                int end = input.indexOf('"', i + 1);
                tokens.add(new Token(input.substring(i + 1, end), null, true, prohibited));
                i = end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '"'
                    && input.charAt(i) != '(' && input.charAt(i) != ')') {
                i++;
            }
            String word = input.substring(start, i);
            int colon = word.indexOf(':');
            if (colon > 0 && colon == word.length() - 1 && i < n && input.charAt(i) == '"') {
                int end = input.indexOf('"', i + 1);
                tokens.add(new Token(input.substring(i + 1, end), word.substring(0, colon), true, prohibited));
                i = end + 1;
            } else if (colon > 0 && colon < word.length() - 1 && isFieldName(word.substring(0, colon))) {
                tokens.add(new Token(word.substring(colon + 1), word.substring(0, colon), false, prohibited));
            } else {
                String plain = word.replace(':', ' ').strip();
                if (!plain.isEmpty()) {
                    for (String part : plain.split("\\s+")) {
                        tokens.add(new Token(part, null, false, prohibited));
                    }
                }
            }
        }
        return tokens;
    }

    private static boolean isFieldName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("title") || Dimension.fromParam(lower).isPresent();
    }

    /** An unbalanced quote is dropped, so the rest is read as plain words. */
    private static String balancedQuotes(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            return text;
        }
        int last = text.lastIndexOf('"');
        return text.substring(0, last) + " " + text.substring(last + 1);
    }
}
