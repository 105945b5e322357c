package org.resourcelibrary.samples.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Reads and validates the {@code key: value} header of a source against the library's vocabulary. */
final class HeaderParser {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    private static final String LIST_SEPARATOR = ";";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z]+");
    private static final Pattern WORK_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> REQUIRED = List.of("file", "format", "language", "title", "countries",
            "topics", "type", "year", "organization", "manifest");
    private static final List<String> OPTIONAL = List.of("props.title", "props.author", "props.created",
            "props.keywords", "work");

    private final Path source;
    private final Vocabulary vocabulary;
    private final Map<String, SourceLine> values = new HashMap<>();

    HeaderParser(Path source, Vocabulary vocabulary) {
        this.source = source;
        this.vocabulary = vocabulary;
    }

    SampleMetadata parse(List<SourceLine> lines, int separatorLine) throws SourceException {
        for (SourceLine line : lines) {
            read(line);
        }
        for (String key : REQUIRED) {
            if (!values.containsKey(key)) {
                throw new SourceException(source, separatorLine, "header has no '" + key + ":' line");
            }
        }
        Format format = format();
        return new SampleMetadata(file(format), format, language(), text("title"), codes("countries",
                code -> vocabulary.isKnown(Dimension.COUNTRY, code), "country"), topics(), code("type",
                        code -> vocabulary.isKnown(Dimension.TYPE, code), "type"), year(),
                text("organization"), manifest(), properties(), work());
    }

    private void read(SourceLine line) throws SourceException {
        int colon = line.text().indexOf(':');
        if (colon <= 0) {
            throw new SourceException(source, line.number(), "header line is not 'key: value'");
        }
        String key = line.text().substring(0, colon).strip();
        if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
            throw new SourceException(source, line.number(), "unknown header key '" + key + "'");
        }
        SourceLine value = new SourceLine(line.number(), line.text().substring(colon + 1).strip());
        if (values.put(key, value) != null) {
            throw new SourceException(source, line.number(), "header key '" + key + "' given twice");
        }
    }

    private String work() throws SourceException {
        String work = property("work");
        if (work != null && !WORK_KEY.matcher(work).matches()) {
            throw new SourceException(source, values.get("work").number(),
                    "work key '" + work + "' must be lower-case words joined by dashes");
        }
        return work;
    }

    private Format format() throws SourceException {
        SourceLine line = values.get("format");
        return Format.fromCode(line.text()).orElseThrow(() -> new SourceException(source, line.number(),
                "unknown format '" + line.text() + "'"));
    }

    private String file(Format format) throws SourceException {
        SourceLine line = values.get("file");
        if (!FILE_NAME.matcher(line.text()).matches()) {
            throw new SourceException(source, line.number(),
                    "file name '" + line.text() + "' must be lower-case words joined by dashes, with an extension");
        }
        if (!line.text().endsWith("." + format.extension())) {
            throw new SourceException(source, line.number(),
                    "file name '" + line.text() + "' must end with ." + format.extension() + " for format "
                            + format.code());
        }
        return line.text();
    }

    private String language() throws SourceException {
        return code("language", code -> vocabulary.isKnown(Dimension.LANGUAGE, code), "language");
    }

    private String text(String key) throws SourceException {
        SourceLine line = values.get(key);
        if (line.text().isEmpty()) {
            throw new SourceException(source, line.number(), "'" + key + ":' is empty");
        }
        return line.text();
    }

    private String code(String key, Predicate<String> known, String what) throws SourceException {
        String code = text(key);
        if (!known.test(code)) {
            throw new SourceException(source, values.get(key).number(), "unknown " + what + " code '" + code + "'");
        }
        return code;
    }

    private List<String> topics() throws SourceException {
        List<String> topics = codes("topics", code -> vocabulary.isKnown(Dimension.TOPIC, code), "topic");
        if (topics.isEmpty()) {
            throw new SourceException(source, values.get("topics").number(), "a document needs at least one topic");
        }
        return topics;
    }

    private List<String> codes(String key, Predicate<String> known, String what) throws SourceException {
        SourceLine line = values.get(key);
        Set<String> codes = new LinkedHashSet<>();
        for (String part : line.text().split(LIST_SEPARATOR, -1)) {
            String code = part.strip();
            if (code.isEmpty() && line.text().isEmpty()) {
                continue;
            }
            if (!known.test(code)) {
                throw new SourceException(source, line.number(), "unknown " + what + " code '" + code + "'");
            }
            if (!codes.add(code)) {
                throw new SourceException(source, line.number(), what + " code '" + code + "' given twice");
            }
        }
        return new ArrayList<>(codes);
    }

    private int year() throws SourceException {
        SourceLine line = values.get("year");
        try {
            int year = Integer.parseInt(line.text());
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new SourceException(source, line.number(), "year " + year + " is out of range");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new SourceException(source, line.number(), "year '" + line.text() + "' is not a number");
        }
    }

    private boolean manifest() throws SourceException {
        SourceLine line = values.get("manifest");
        return switch (line.text()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new SourceException(source, line.number(), "manifest must be 'yes' or 'no'");
        };
    }

    private EmbeddedProperties properties() throws SourceException {
        return new EmbeddedProperties(property("props.title"), property("props.author"), created(),
                property("props.keywords"));
    }

    private String property(String key) throws SourceException {
        return values.containsKey(key) ? text(key) : null;
    }

    private LocalDate created() throws SourceException {
        String value = property("props.created");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SourceException(source, values.get("props.created").number(),
                    "props.created '" + value + "' is not a date YYYY-MM-DD");
        }
    }
}
