package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Reads a document's own properties, as Tika reports them (title, author, keywords, description, company,
 * creation date), keeping only those that carry information: no placeholder titles, no login names or
 * "Windows User" as authors. Stateless.
 */
final class DocumentProperties {

    static final List<String> TITLE_KEYS = List.of("dc:title", "pdf:docinfo:title");
    static final List<String> AUTHOR_KEYS = List.of("dc:creator", "pdf:docinfo:creator", "meta:author", "Author");
    /** Not dc:subject: Tika merges the subject (often a sentence) into it with the keywords. */
    static final List<String> KEYWORD_KEYS = List.of("meta:keyword", "pdf:docinfo:keywords", "keywords");
    static final List<String> SUMMARY_KEYS = List.of("dc:description", "description", "pdf:docinfo:subject");
    static final List<String> ORGANIZATION_KEYS = List.of("extended-properties:Company", "dc:publisher");
    static final List<String> CREATED_KEYS =
            List.of("dcterms:created", "pdf:docinfo:created", "meta:creation-date", "xmp:CreateDate");
    static final int MAX_KEYWORDS = 30;
    static final int MIN_SUMMARY_WORDS = 4;
    static final int MIN_NAME_CHARS = 3;

    /** What programs and installers put where a person's or organisation's name belongs. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("admin", "administrator", "administrateur",
            "administrador", "user", "utilisateur", "usuario", "usuário", "utilizador", "windows user",
            "utilisateur windows", "usuario de windows", "usuário do windows", "utilizador do windows",
            "microsoft office user", "office user", "owner", "propriétaire", "propietario", "proprietário",
            "unknown", "author", "auteur", "autor", "home", "personal", "private", "company", "organization",
            "organisation", "microsoft", "hp", "dell", "lenovo", "toshiba", "hewlett packard", "acer", "pc", "none",
            "n a", "na");
    /** A login rather than a name: one word in lower case ("jbanda", "user01"). */
    private static final Pattern LOGIN = Pattern.compile("^[a-z0-9._-]+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^((?:19|20)\\d{2})");

    private DocumentProperties() {
    }

    /** The informative properties of a document; the year is the creation date's, if plausible. */
    static Metadata read(Map<String, List<String>> metadata, YearInference years) {
        String title = first(metadata, TITLE_KEYS);
        String summary = first(metadata, SUMMARY_KEYS);
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        values.put(MetadataField.TITLE, TitleInference.isUsable(title) ? title : null);
        values.put(MetadataField.SUMMARY,
                summary != null && summary.split("\\s+").length >= MIN_SUMMARY_WORDS ? summary : null);
        values.put(MetadataField.KEYWORDS, keywords(metadata));
        values.put(MetadataField.AUTHORS, names(metadata, AUTHOR_KEYS));
        values.put(MetadataField.YEAR, createdYear(metadata, years));
        values.put(MetadataField.ORGANIZATION, names(metadata, ORGANIZATION_KEYS).stream().findFirst().orElse(null));
        return Metadata.of(values);
    }

    private static String first(Map<String, List<String>> metadata, List<String> keys) {
        for (String key : keys) {
            for (String value : metadata.getOrDefault(key, List.of())) {
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static List<String> keywords(Map<String, List<String>> metadata) {
        String value = first(metadata, KEYWORD_KEYS);
        if (value == null) {
            return List.of();
        }
        List<String> keywords = new ArrayList<>();
        for (String keyword : LIST_SEPARATOR.split(value)) {
            if (!keyword.isBlank() && keywords.size() < MAX_KEYWORDS) {
                keywords.add(keyword.strip());
            }
        }
        return keywords;
    }

    /** The real names among the values of the first key that has any, in order. */
    private static List<String> names(Map<String, List<String>> metadata, List<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            for (String value : metadata.getOrDefault(key, List.of())) {
                for (String name : value == null ? new String[0] : value.split("\\s*;\\s*")) {
                    if (isName(name)) {
                        names.add(name.strip());
                    }
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }

    private static boolean isName(String name) {
        String trimmed = name.strip();
        return trimmed.length() >= MIN_NAME_CHARS && !LOGIN.matcher(trimmed).matches()
                && !trimmed.contains("@") && !PLACEHOLDER_NAMES.contains(Vocabulary.fold(trimmed));
    }

    private static Integer createdYear(Map<String, List<String>> metadata, YearInference years) {
        String created = first(metadata, CREATED_KEYS);
        if (created == null) {
            return null;
        }
        Matcher year = YEAR_PREFIX.matcher(created);
        return year.find() && years.plausible(Integer.parseInt(year.group(1))) ? Integer.parseInt(year.group(1)) : null;
    }
}
