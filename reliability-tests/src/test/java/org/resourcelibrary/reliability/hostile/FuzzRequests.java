package org.resourcelibrary.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.resourcelibrary.core.search.Dimension;

/**
 * Seeded random requests to the read endpoints (search, suggest, facet values): every parameter they take and
 * some they do not, with values valid, malformed and hostile: query syntax, unicode of every plane, control
 * characters, very long strings, injection-looking strings, numbers out of range, broken percent-encoding.
 */
final class FuzzRequests {

    private static final List<String> SEARCH_PARAMETERS = List.of("q", "country", "region", "topic", "type",
            "language", "year", "organization", "year_from", "year_to", "sort", "page", "size", "cursor", "lang");
    private static final List<String> VALID = List.of("ZM", "KE", "BR", "east-asia-pacific", "case-management",
            "child-protection", "toolkit", "report", "en", "fr", "es", "pt", "2019", "2021", "relevance", "newest",
            "oldest", "title", "1", "10", "100", "Ministry of Community Development");
    /** Values each parameter takes, so that most requests get past validation into the search itself. */
    private static final Map<String, List<String>> ACCEPTED = Map.ofEntries(
            Map.entry("country", List.of("ZM", "KE", "BR", "PH", "SN", "CO", "IN", "US")),
            Map.entry("region", List.of("east-asia-pacific", "eastern-southern-africa", "latin-america-caribbean")),
            Map.entry("topic", List.of("case-management", "child-protection", "supervision", "advocacy")),
            Map.entry("type", List.of("toolkit", "report", "guidance", "case-study")),
            Map.entry("language", List.of("en", "fr", "es", "pt")), Map.entry("lang", List.of("en", "fr", "es", "pt")),
            Map.entry("year", List.of("2015", "2019", "2021")), Map.entry("year_from", List.of("1990", "2010", "2018")),
            Map.entry("year_to", List.of("2016", "2020", "2025")),
            Map.entry("sort", List.of("relevance", "newest", "oldest", "title")),
            Map.entry("page", List.of("1", "2", "5")), Map.entry("size", List.of("1", "10", "50", "100")));
    /** Share of the parameters with a fixed set of values given one of them (in percent). */
    private static final int ACCEPTED_PERCENT = 75;
    private static final List<String> SYNTAX = List.of("\"", "\"\"", "(", ")", "AND", "OR", "NOT", "-", "+", "*",
            "?", "~", "~2", "^3", ":", "title:", "country:", "year:", "[", "]", "{", "}", " TO ", "..", "2010..2020",
            ">=2015", "<1900", "\\", "/", "&&", "||", "!", "wor*", "a*", "*x", "\"case management\"~3");
    private static final List<String> INJECTION = List.of("' OR '1'='1", "\"; DROP TABLE documents; --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}", "#{7*7}", "$(rm -rf /)", "`id`", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
            "%00", "\u0000", "<!--", "]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "{\"$where\": \"1\"}", "*:*", "\r\nSet-Cookie: x=1", "javascript:alert(1)", "null", "undefined", "NaN");
    private static final List<String> NUMBERS = List.of("-1", "0", "1e9", "2147483648", "99999999999999999999",
            "-2147483649", "0x10", "1.5", "NaN", "Infinity", " 7", "٣", "１２", "+5", "--1", "");
    private static final List<String> WORDS = List.of("social", "workforce", "supervision", "case", "management",
            "children", "protection", "training", "Zambia", "évaluation", "protección", "supervisão", "对", "社会");
    private static final int LONG_MIN = 1_000;
    private static final int LONG_MAX = 12_000;

    private final Random random;

    FuzzRequests(Random random) {
        this.random = random;
    }

    /** One request: a path and a raw (already percent-encoded) query string. */
    String next() {
        return switch (random.nextInt(10)) {
            case 0, 1 -> "/api/suggest" + query(List.of("q", "size", "lang"));
            case 2, 3 -> "/api/facets/" + pathSegment() + query(List.of("prefix", "size", "lang"));
            default -> "/api/search" + query(SEARCH_PARAMETERS);
        };
    }

    private String query(List<String> names) {
        int count = random.nextInt(6);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(12) == 0 ? value() : names.get(random.nextInt(names.size()));
            List<String> accepted = ACCEPTED.get(name);
            String value = accepted != null && random.nextInt(100) < ACCEPTED_PERCENT
                    ? accepted.get(random.nextInt(accepted.size())) : value();
            pairs.add(encode(name) + (random.nextInt(20) == 0 ? "" : "=" + encode(value)));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String pathSegment() {
        int pick = random.nextInt(4);
        if (pick < 2) {
            return Dimension.values()[random.nextInt(Dimension.values().length)].param();
        }
        return encode(value());
    }

    private String value() {
        return switch (random.nextInt(9)) {
            case 0 -> VALID.get(random.nextInt(VALID.size()));
            case 1 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 2 -> INJECTION.get(random.nextInt(INJECTION.size()));
            case 3 -> syntax();
            case 4 -> unicode(1 + random.nextInt(40));
            case 5 -> control(1 + random.nextInt(10));
            case 6 -> longString();
            case 7 -> mixed();
            default -> words(1 + random.nextInt(8));
        };
    }

    private String syntax() {
        StringBuilder query = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            query.append(random.nextBoolean() ? SYNTAX.get(random.nextInt(SYNTAX.size()))
                    : WORDS.get(random.nextInt(WORDS.size())));
            if (random.nextBoolean()) {
                query.append(' ');
            }
        }
        return query.toString();
    }

    /** Code points from every plane, surrogates alone included (as broken UTF-16). */
    private String unicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(6);
            int codePoint = switch (pick) {
                case 0 -> 0x20 + random.nextInt(0x60);
                case 1 -> 0xA0 + random.nextInt(0x2F00);
                case 2 -> 0x1F300 + random.nextInt(0x300);
                case 3 -> new int[] {0x200B, 0x200E, 0x202E, 0xFEFF, 0x0301, 0xFFFD, 0x10FFFF}[random.nextInt(7)];
                case 4 -> 0x4E00 + random.nextInt(0x5000);
                default -> 0xD800 + random.nextInt(0x800);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private String control(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? WORDS.get(random.nextInt(WORDS.size()))
                    : String.valueOf((char) (random.nextInt(3) == 0 ? 0x7F : random.nextInt(0x20))));
        }
        return text.toString();
    }

    private String longString() {
        int length = LONG_MIN + random.nextInt(LONG_MAX - LONG_MIN);
        return random.nextBoolean() ? "a".repeat(length) : words(length / 8);
    }

    private String mixed() {
        return words(1 + random.nextInt(3)) + syntax() + unicode(3) + INJECTION.get(random.nextInt(INJECTION.size()));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** Percent-encodes the UTF-8 of a value; now and then broken on purpose (stray or invalid escapes). */
    private String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        if (random.nextInt(25) == 0) {
            String[] broken = {"%", "%G1", "%C3%28", "%FF%FE", "%ED%A0%80", "%E2%82", "%%", "+%2"};
            encoded.insert(random.nextInt(encoded.length() + 1), broken[random.nextInt(broken.length)]);
        }
        return encoded.toString();
    }
}
