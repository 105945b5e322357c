package org.resourcelibrary.core.search.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Filter;
import org.resourcelibrary.core.search.query.BooleanTree.Node;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.query.UserQuery.YearRange;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRefusal;
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
    private static final Pattern EVERYTHING = Pattern.compile("[\\s*:]*");

    private final Vocabulary vocabulary;

    public UserQueryParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the text asks for the whole library: nothing, or a lone star ({@code *}, {@code *:*}). */
    public static boolean asksForEverything(String text) {
        return text == null || EVERYTHING.matcher(text).matches();
    }

    /**
     * Parses a query.
     *
     * @throws InvalidRequestException (parameter {@code q}) for wildcards that would make a slow query
     */
    public UserQuery parse(String text) {
        Node node = new Reader(tokenize(text == null ? "" : text)).query();
        return node == null ? new UserQuery(List.of()) : BooleanTree.query(node);
    }

    /**
     * Reads tokens by precedence, tightest first: {@code NOT} (and {@code -}), then {@code AND}, then
     * {@code OR}; words side by side, with no operator between them, must all match, each side read first
     * ({@code a b OR c} is a AND (b OR c)). An operator where there is nothing for it to join is a word.
     */
    private final class Reader {
        private final List<Token> tokens;
        private int at;

        Reader(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Words side by side, up to the end or a closing parenthesis. */
        Node query() {
            List<Node> parts = new ArrayList<>();
            while (at < tokens.size() && !tokens.get(at).closes()) {
                add(parts, or());
            }
            return BooleanTree.and(parts, false);
        }

        private Node or() {
            List<Node> alternatives = new ArrayList<>();
            add(alternatives, and());
            while (operatorHere("OR")) {
                at++;
                add(alternatives, and());
            }
            return BooleanTree.or(alternatives);
        }

        private Node and() {
            List<Node> parts = new ArrayList<>();
            add(parts, unary());
            while (operatorHere("AND")) {
                at++;
                add(parts, unary());
            }
            return BooleanTree.and(parts, true);
        }

        private Node unary() {
            Token token = tokens.get(at++);
            if (token.isOperator("NOT") && operandAt(at)) {
                return BooleanTree.not(unary());
            }
            if (token.opens()) {
                Node inner = query();
                at++; // the closing parenthesis: the tokenizer keeps only balanced ones
                return token.prohibited ? BooleanTree.not(inner) : inner;
            }
            Node leaf = clause(token).map(BooleanTree.Leaf::new).orElse(null);
            return token.prohibited ? BooleanTree.not(leaf) : leaf;
        }

        /** A binary operator joins only what is on both its sides. */
        private boolean operatorHere(String operator) {
            return at < tokens.size() && tokens.get(at).isOperator(operator) && operandAt(at + 1);
        }

        private boolean operandAt(int index) {
            return index < tokens.size() && !tokens.get(index).closes();
        }

        private static void add(List<Node> nodes, Node node) {
            if (node != null) {
                nodes.add(node);
            }
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
        if (dimension.get().kind() == MetadataField.Kind.YEARS) {
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
            throw new InvalidRequestException("q", SearchRefusal.LEADING_WILDCARD, text);
        }
        if (star > 0 && star < text.length() - 1) {
            throw new InvalidRequestException("q", SearchRefusal.INNER_WILDCARD, text);
        }
        if (star > 0) {
            String prefix = text.substring(0, star);
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
                throw new InvalidRequestException("q", SearchRefusal.SHORT_PREFIX, text, MIN_PREFIX_LENGTH);
            }
            return Optional.of(new Word(prefix, field, true));
        }
        return Optional.of(new Word(text, field, false));
    }

    /**
     * A lexical unit: a word or quoted phrase, maybe prefixed by {@code -} and qualified by a field, or a
     * parenthesis ({@code value} "(" or ")", {@code field} null, not quoted).
     */
    private record Token(String value, String field, boolean quoted, boolean prohibited, boolean parenthesis) {
        Token(String value, String field, boolean quoted, boolean prohibited) {
            this(value, field, quoted, prohibited, false);
        }

        boolean isOperator(String operator) {
            return !parenthesis && field == null && !quoted && !prohibited && value.equals(operator);
        }

        boolean opens() {
            return parenthesis && value.equals("(");
        }

        boolean closes() {
            return parenthesis && value.equals(")");
        }
    }

    private static List<Token> tokenize(String text) {
        String input = balancedQuotes(text);
        boolean[] grouping = balancedParentheses(input);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || (c == '(' || c == ')') && !grouping[i]) {
                i++;
                continue;
            }
            if (c == ')') {
                tokens.add(new Token(")", null, false, false, true));
                i++;
                continue;
            }
            boolean prohibited = false;
            if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                prohibited = c == '-';
                i++;
            }
            if (i < n && input.charAt(i) == '(' && grouping[i]) {
                tokens.add(new Token("(", null, false, prohibited, true));
                i++;
                continue;
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

    /**
     * Which characters are parentheses that group: those with a partner, outside quotes. An unbalanced one
     * is read as a space, as every parenthesis was before they grouped.
     */
    private static boolean[] balancedParentheses(String input) {
        boolean[] grouping = new boolean[input.length()];
        Deque<Integer> open = new ArrayDeque<>();
        boolean quoted = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open.push(i);
            } else if (!quoted && c == ')' && !open.isEmpty()) {
                grouping[open.pop()] = true;
                grouping[i] = true;
            }
        }
        return grouping;
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
