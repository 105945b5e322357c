package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The language the member reads, which ranking prefers among comparably relevant documents, and why it was
 * assumed: the member said so ({@code lang}), the browser did ({@code Accept-Language}), the query's words
 * are in it, or nothing said otherwise (the library's default language, which ranking then does not prefer).
 *
 * @param code   ISO 639-1 code, one of the languages with their own analysis
 * @param source where the language came from
 */
public record MemberLanguage(String code, Source source) {

    /** Where a member's language came from, strongest first. */
    public enum Source {
        PARAM("param"),
        ACCEPT_LANGUAGE("accept-language"),
        QUERY("query"),
        DEFAULT("default");

        private final String name;

        Source(String name) {
            this.name = name;
        }

        @JsonValue
        public String jsonName() {
            return name;
        }
    }

    public MemberLanguage {
        if (code == null || source == null) {
            throw new IllegalArgumentException("a member's language needs a code and a source");
        }
    }

    /** The language {@code lang} names. */
    public static MemberLanguage given(String code) {
        return new MemberLanguage(code, Source.PARAM);
    }

    /**
     * The language a request says the member reads: {@code lang} when given, else the browser's
     * {@code Accept-Language}; null when neither says (search then takes it from the query's words).
     */
    public static MemberLanguage of(String lang, String acceptLanguage) {
        return lang != null ? given(lang) : fromAcceptLanguage(acceptLanguage).orElse(null);
    }

    /**
     * The browser's most preferred language among the library's, from an {@code Accept-Language} header;
     * empty when the header is absent, malformed (a browser's header is no reason to refuse a search) or
     * names none of them.
     */
    public static Optional<MemberLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            // Parsed ranges come most preferred first.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if (range.getWeight() > 0 && Vocabulary.LABEL_LANGUAGES.contains(language)) {
                    return Optional.of(new MemberLanguage(language, Source.ACCEPT_LANGUAGE));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
