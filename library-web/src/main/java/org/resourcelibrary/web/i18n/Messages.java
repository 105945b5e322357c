package org.resourcelibrary.web.i18n;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.html.Html;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.Refusal;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRefusal;
import org.resourcelibrary.core.thesaurus.ThesaurusRefusal;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.FieldProblem;
import org.resourcelibrary.web.alerts.AlertRefusal;
import org.resourcelibrary.web.api.LibrarianRefusal;
import org.resourcelibrary.indexer.enrich.MetadataRefusal;

/**
 * The interface's words in one language, looked up by key, with placeholders filled in as
 * {@link MessageFormat} does (numbers grouped as the language groups them, {@code choice} for plurals), for one
 * request: it knows whether the member chose the language in the address, so that the page's own links keep it.
 *
 * <p>Bundles are read as UTF-8 and never fall back to another language: a missing key is a bug, which the
 * bundle test catches, so at run time it shows the English words rather than failing the page.
 */
public final class Messages {

    /** The languages the interface speaks: those the vocabulary labels. */
    public static final List<String> LANGUAGES = Vocabulary.LABEL_LANGUAGES;
    public static final String DEFAULT_LANGUAGE = Vocabulary.DEFAULT_LANGUAGE;
    /** The address parameter naming the page's language: the search's own member language. */
    public static final String PARAM = SearchParameters.LANG;
    /** Where the bundles are, as {@code BUNDLE_PATH + language + ".properties"}. */
    public static final String BUNDLE_PATH = "/i18n/messages_";
    /**
     * The reasons the library refuses a request with: their English wording is their own (the API's and the
     * CLI's), taken into the English bundle; the other bundles translate each by its key.
     */
    public static final List<Refusal> REFUSALS = Stream.of(SearchRefusal.values(), MetadataRefusal.values(),
            ThesaurusRefusal.values(), AlertRefusal.values(), LibrarianRefusal.values()).flatMap(Arrays::stream)
            .map(Refusal.class::cast).toList();
    /** Prefix of each metadata field's name in the bundles ({@code metadata.title}). */
    /** The key of each bundle's name for its own language, as the switch shows it. */
    static final String LANGUAGE_NAME = "language.name";

    private static final String ATTRIBUTE = Messages.class.getName();
    /**
     * Brackets the stand-in of a marked placeholder (see {@link #marked}): a character no message holds, and a
     * private-use one, which escaping keeps (it turns control characters into spaces).
     */
    private static final String CODE_MARK = "\uE000";
    private static final String FIELD_NAME_PREFIX = "metadata.";
    private static final String HEADING_PREFIX = "dimension.";
    private static final Map<String, Map<String, String>> BUNDLES = load();

    private final String language;
    private final Locale locale;
    private final Map<String, String> bundle;
    private final boolean chosen;
    private final List<Choice> choices;

    private Messages(String language, boolean chosen, List<Choice> choices) {
        this.language = language;
        // The library writes British English ("2 January 2024"), as its international readers do.
        this.locale = DEFAULT_LANGUAGE.equals(language) ? Locale.UK : Locale.forLanguageTag(language);
        this.bundle = BUNDLES.get(language);
        this.chosen = chosen;
        this.choices = choices;
    }

    /**
     * A language of the switch, named in itself, and the same page in it.
     *
     * @param current whether the page is shown in it
     */
    public record Choice(String language, String name, String href, boolean current) {
    }

    /** The words of {@code language} (one of {@link #LANGUAGES}), outside any request. */
    public static Messages in(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no interface in language " + language);
        }
        return new Messages(language, false, List.of());
    }

    /**
     * The language the page of this request is shown in: its {@code lang} when that is one of the four, else the
     * browser's most preferred of them, else English. Computed once per request; the response says which
     * ({@code Content-Language}) and that it depends on {@code Accept-Language}.
     */
    public static Messages of(Context ctx) {
        Messages cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String language = languageOf(ctx);
        Messages messages = new Messages(language, chosen(ctx), choices(ctx, language));
        ctx.attribute(ATTRIBUTE, messages);
        ctx.header(Header.CONTENT_LANGUAGE, language);
        varyOnLanguage(ctx);
        return messages;
    }

    /**
     * The language of this request's page by the rule {@link #of} follows ({@code lang}, else the browser's, else
     * English), for what is written later in it (an alert's e-mails), without answering in it.
     */
    public static String languageOf(Context ctx) {
        return chosen(ctx) ? ctx.queryParam(PARAM)
                : MemberLanguage.fromAcceptLanguage(ctx.header(Header.ACCEPT_LANGUAGE)).map(MemberLanguage::code)
                .orElse(DEFAULT_LANGUAGE);
    }

    /** Whether the request names the page's language ({@code lang}, one of the interface's). */
    private static boolean chosen(Context ctx) {
        String lang = ctx.queryParam(PARAM);
        return lang != null && LANGUAGES.contains(lang);
    }

    /** Says the response depends on {@code Accept-Language}, besides whatever else it already varies on. */
    public static void varyOnLanguage(Context ctx) {
        String vary = ctx.res().getHeader(Header.VARY);
        if (vary == null || !vary.contains(Header.ACCEPT_LANGUAGE)) {
            ctx.header(Header.VARY, vary == null ? Header.ACCEPT_LANGUAGE : vary + ", " + Header.ACCEPT_LANGUAGE);
        }
    }

    /**
     * The words of the language an API client's {@code Accept-Language} names, if it names one of the four:
     * clients that send none get English problems, which they may parse.
     */
    public static java.util.Optional<Messages> ofClient(String acceptLanguage) {
        return MemberLanguage.fromAcceptLanguage(acceptLanguage).map(language -> in(language.code()));
    }

    /** Whether the request names {@code lang} and the member's browser would not choose the language itself. */
    public boolean chosen() {
        return chosen;
    }

    /** ISO 639-1 code, as {@code <html lang>} takes it. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The language switch: the four languages, each linking to this page in it. */
    public List<Choice> choices() {
        return choices;
    }

    /** The key of {@code field}'s name in the bundles: each field derives its own, none is written out. */
    public static String fieldNameKey(MetadataField field) {
        return FIELD_NAME_PREFIX + field.key();
    }

    /**
     * The key of what {@code dimension} is called: a heading of its own ({@code dimension.<param>}) where the
     * bundles give one (a singular where its field's name is plural; the regions, which have no field), or else
     * its field's name, so that a dimension declared on a field needs no words of its own.
     */
    public static String headingKey(Dimension dimension) {
        String own = HEADING_PREFIX + dimension.param();
        return dimension.field().filter(field -> !BUNDLES.get(DEFAULT_LANGUAGE).containsKey(own))
                .map(Messages::fieldNameKey).orElse(own);
    }

    /** What {@code dimension} is called, in this language. */
    public String heading(Dimension dimension) {
        return text(headingKey(dimension));
    }

    /** The message {@code key}, its placeholders filled with {@code args}. */
    public String text(String key, Object... args) {
        String pattern = bundle.get(key);
        if (pattern == null) {
            pattern = BUNDLES.get(DEFAULT_LANGUAGE).get(key);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The message {@code key} as HTML, with its {@code <a>…</a>} (written so in the bundle, where the language
     * puts it) linking to {@code href}; everything else is escaped, placeholders included.
     */
    public Content link(String key, String href, Object... args) {
        String html = Html.escape(text(key, args)).replace("&lt;a&gt;", "<a href=\"" + Html.escape(href) + "\">")
                .replace("&lt;/a&gt;", "</a>");
        return output -> output.writeContent(html);
    }

    /**
     * Why a request was refused, in this language: its refusal's words with its arguments, or, for a refusal
     * that has no key, its message as it is.
     */
    public String reason(InvalidRequestException refused) {
        return reason(refused.refusal().orElse(null), refused.arguments(), refused.getMessage());
    }

    /** What is wrong with a metadata value, in this language, as {@link #reason(InvalidRequestException)}. */
    public String reason(FieldProblem problem) {
        return reason(problem.refusal(), problem.arguments(), problem.message());
    }

    private String reason(Refusal refusal, List<Object> arguments, String english) {
        return refusal == null ? english : reason(refusal, arguments);
    }

    /** A refusal's words in this language, its arguments filled in. */
    public String reason(Refusal refusal, List<Object> arguments) {
        // A field or dimension is named as the pages name it; anything else with words of its own, in this language.
        Object[] said = arguments.stream().map(a -> a instanceof MetadataField field
                ? text(fieldNameKey(field)).toLowerCase(locale)
                : a instanceof MetadataField[] fields ? String.join(", ", Arrays.stream(fields)
                        .map(f -> text(fieldNameKey(f))).toList())
                : a instanceof Dimension dimension ? heading(dimension).toLowerCase(locale) : a)
                .toArray();
        return text(refusal.key(), Refusal.in(language, said));
    }

    /** A count as the language writes it ({@code 1,234}, {@code 1 234}, {@code 1.234}). */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /**
     * The message {@code key} as HTML, each placeholder's text (an address, a parameter, a command) shown as
     * {@code <code>}; everything else is escaped.
     */
    public Content code(String key, String... codes) {
        return marked(key, codes, code -> true, code -> "<code>" + Html.escape((String) code) + "</code>");
    }

    /** A placeholder's text that is the library's own (a name, an id), whatever the page's language. */
    public record Own(String text) {
    }

    /**
     * The message {@code key} as HTML, its placeholders filled with {@code args}: an {@link Own} one shown in
     * {@code <span class="library-text">}, a {@link Content} one (another message as HTML) as it is, everything
     * else escaped.
     */
    public Content html(String key, Object... args) {
        return marked(key, args, a -> a instanceof Own || a instanceof Content, a -> a instanceof Own own
                ? "<span class=\"library-text\">" + Html.escape(own.text()) + "</span>" : html((Content) a));
    }

    private static String html(Content content) {
        StringOutput output = new StringOutput();
        content.writeTo(output);
        return output.toString();
    }

    /** The message {@code key} as HTML, the {@code marked} arguments as {@code html} makes them, the rest escaped. */
    private Content marked(String key, Object[] args, Predicate<Object> marked, Function<Object, String> html) {
        // Markers that no message holds stand for the marked arguments while the words around them are escaped.
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = marked.test(args[i]) ? CODE_MARK + i + CODE_MARK : args[i];
        }
        String escaped = Html.escape(text(key, filled));
        for (int i = 0; i < args.length; i++) {
            if (marked.test(args[i])) {
                escaped = escaped.replace(CODE_MARK + i + CODE_MARK, html.apply(args[i]));
            }
        }
        String done = escaped;
        return output -> output.writeContent(done);
    }

    /** A day as the language writes it in full (5 December 2026, 5 décembre 2026). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** A moment as the language writes it, in UTC, the server's clock for every member. */
    public String dateTime(Instant moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(moment) + " UTC";
    }

    /**
     * A link to one of the library's pages that keeps the language the member chose; unchanged when the language
     * came from the browser, which will choose it again.
     */
    public String href(String path) {
        if (!chosen || path == null) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + PARAM + "=" + language;
    }

    private static List<Choice> choices(Context ctx, String current) {
        // A form's answer has no address of its own to show again: its switch goes to where the form came from.
        String path = "GET".equals(ctx.method().name()) ? ctx.path()
                : ctx.path().startsWith("/librarian") ? "/librarian" : "/";
        Map<String, List<String>> parameters = "GET".equals(ctx.method().name())
                ? new LinkedHashMap<>(ctx.queryParamMap()) : new LinkedHashMap<>();
        parameters.remove(PARAM);
        List<Choice> choices = new ArrayList<>();
        for (String language : LANGUAGES) {
            StringJoiner query = new StringJoiner("&", path + "?", "");
            parameters.forEach((name, values) -> values.forEach(value ->
                    query.add(encode(name) + "=" + encode(value))));
            query.add(PARAM + "=" + language);
            choices.add(new Choice(language, BUNDLES.get(language).get(LANGUAGE_NAME), query.toString(),
                    language.equals(current)));
        }
        return List.copyOf(choices);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every language's bundle, key to pattern, in file order. */
    public static Map<String, Map<String, String>> bundles() {
        return BUNDLES;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String path = BUNDLE_PATH + language + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing interface bundle " + path);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> bundle = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
                if (DEFAULT_LANGUAGE.equals(language)) {
                    REFUSALS.forEach(refusal -> bundle.put(refusal.key(), refusal.english()));
                }
                bundles.put(language, Map.copyOf(bundle));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read interface bundle " + path, e);
            }
        }
        return Map.copyOf(bundles);
    }
}
