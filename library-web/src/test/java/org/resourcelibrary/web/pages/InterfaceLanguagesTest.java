package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The member and librarian pages in French, Spanish and Portuguese hold none of the English interface's words
 * (every key of the English bundle walked), and the page's language comes from its address, else the browser.
 */
public class InterfaceLanguagesTest {

    /** The pages a member or librarian sees, by path; {@code lang} is added to each. */
    static final List<String> PAGES = List.of("/", "/?q=gestion+des+cas", "/?q=gestion+des+cas&size=1",
            "/?q=gestion+des+cas&size=1&page=9", "/?q=qqqzzzxxx", "/?q=casse&country=ZM", "/?year_from=2019",
            "/?year_from=1200", "/?country=Narnia", "/?q=*vision",
            "/documents/fr-guide", "/documents/fr-guide/text?page=1", "/documents/fr-guide/text?page=7",
            "/documents/missing", "/alerts/unsubscribe?token=t", "/alerts/forget?token=t", "/librarian",
            "/librarian/documents/fr-guide", "/librarian/thesaurus", "/librarian/review",
            "/librarian/bulk-edit?q=gestion+des+cas&field=topics&action=add&value=supervision",
            "/librarian/insights", "/librarian/insights?kind=zero&from=2026-13-01", "/librarian/insights/gaps",
            "/librarian/editions", "/librarian/editions?done=confirmed&work=w", "/librarian/editions?done=dismissed");
    /** Where a page shows the library's own text (titles, summaries, passages, names), which may be English. */
    private static final List<Pattern> LIBRARY_TEXT = List.of(
            Pattern.compile("<title>.*?</title>|<meta [^>]*>|<script.*?</script>", Pattern.DOTALL),
            Pattern.compile("<h3 class=\"result__title\">.*?</h3>|<p class=\"snippet\">.*?</p>", Pattern.DOTALL),
            Pattern.compile("<p class=\"result__org\">.*?</p>|<span class=\"(result|document)__file\">.*?</span>"),
            Pattern.compile("<section class=\"(document__summary|preview-page|text-page)\".*?</section>",
                    Pattern.DOTALL),
            Pattern.compile("<h1 class=\"page-title\">.*?</h1>|<p class=\"text-page__back\">.*?</p>"),
            Pattern.compile("<span class=\"metadata__value\">.*?</span>|<ul class=\"similar\">.*?</ul>",
                    Pattern.DOTALL),
            Pattern.compile("<dl class=\"citations\">.*?</dl>|<textarea.*?</textarea>", Pattern.DOTALL),
            Pattern.compile("<label for=\"f-(organization|funder)-[^\"]*\">.*?</label>|data-label=\"[^\"]*\"", Pattern.DOTALL),
            Pattern.compile("<span class=\"Z3988\"[^>]*>"),
            Pattern.compile("<span class=\"library-text\">.*?</span>"),
            // A download link names its document (for screen readers) by its title.
            Pattern.compile("<span class=\"visually-hidden\"> [^<]*</span></a>"),
            // Addresses, parameters and commands, which are the same in every language.
            Pattern.compile("<code>.*?</code>"),
            // The switch names each language in itself, English included, and so do links to a work's editions.
            Pattern.compile("<nav class=\"interface-languages\".*?</nav>", Pattern.DOTALL),
            Pattern.compile("<a [^>]*hreflang=\"[a-z]+\" lang=\"[a-z]+\">[^<]*</a>"));
    /** Punctuation and spaces at the ends of a message's words, which say nothing of its language. */
    private static final String EDGES = "^[\\s\\p{Punct}“”«»–—…]+|[\\s\\p{Punct}“”«»–—…]+$";
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("(?:aria-label|placeholder|title|alt)=\"([^\"]*)\"");

    @TempDir
    static Path dir;
    private static TestServer server;
    private static TestLibrary library;

    @BeforeAll
    static void start() throws Exception {
        library = new TestLibrary(dir)
                .add("fr-guide", "Guide de gestion des cas", "guidance", List.of("SN"), "fr", 2020,
                        List.of("La gestion des cas suit sept étapes.", "Deuxième page."))
                .add("en-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case management follows seven steps; gestion des cas."))
                .add("pt-guia", "Guia de gestão de casos", "guidance", List.of("MZ"), "pt", 2021,
                        List.of("A gestão de casos segue sete passos; gestion des cas."));
        server = TestServer.start(library.services(TestServer.LIBRARIAN_TOKEN));
        assertThat(server.post("/librarian/sign-in", Map.of("token", TestServer.LIBRARIAN_TOKEN)).statusCode())
                .isEqualTo(303);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        library.close();
    }

    @Test
    void pagesInFrenchSpanishAndPortugueseHoldNoEnglishInterfaceWords() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "es", "pt")) {
            for (String path : PAGES) {
                englishWords(server.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).body(),
                        language).forEach(words -> found.add(language + " " + path + " " + words));
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The English interface words on a page shown in {@code language}, as "key: words": every key of the English
     * bundle whose words differ from the language's, and appear on the page outside the library's own text.
     */
    public static List<String> englishWords(String html, String language) {
        Map<String, String> bundle = Messages.bundles().get(language);
        String translated = String.join("\n", bundle.values());
        String shown = shownText(html);
        List<String> found = new ArrayList<>();
        Messages.bundles().get(Messages.DEFAULT_LANGUAGE).forEach((key, pattern) -> {
            if (!pattern.equals(bundle.get(key))) {
                for (String words : fragments(pattern)) {
                    if (!contains(translated, words) && contains(shown, words)) {
                        found.add(key + ": " + words);
                    }
                }
            }
        });
        return found;
    }

    @Test
    void thePageLanguageIsTheAddressesElseTheBrowsersElseEnglish() {
        HttpResponse<String> chosen = get("/?q=gestion+des+cas&lang=es", "fr-FR,fr;q=0.9");
        HttpResponse<String> browser = get("/?q=gestion+des+cas", "pt-BR,pt;q=0.9,en;q=0.5");
        HttpResponse<String> neither = get("/?q=gestion+des+cas", "de-DE");

        assertThat(chosen.body()).contains("<html lang=\"es\">").contains("Resultados para «gestion des cas»");
        assertThat(chosen.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(browser.body()).contains("<html lang=\"pt\">").contains("Pesquisar");
        assertThat(browser.headers().allValues("Vary").toString()).contains("Accept-Language");
        assertThat(neither.body()).contains("<html lang=\"en\">").contains("Results for “gestion des cas”");
    }

    @Test
    void theSwitchKeepsTheSearchAndFiltersAndNamesEachLanguageInItself() {
        String body = server.get("/?q=gestion+des+cas&country=SN&lang=fr").body();

        assertThat(body).contains(">English</a>", ">Français</a>", ">Español</a>", ">Português</a>")
                .contains("href=\"/?q=gestion+des+cas&amp;country=SN&amp;lang=pt\"")
                .contains("aria-current=\"true\">Français</a>");
    }

    @Test
    void aChosenLanguageStaysInTheLinksOfThePage() {
        String body = server.get("/?q=gestion+des+cas&size=1&lang=fr").body();

        assertThat(body).contains("href=\"/documents/fr-guide?lang=fr\"").contains("page=2&amp;size=1&amp;lang=fr\"")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"fr\">");
        assertThat(server.get("/documents/fr-guide?lang=fr").body())
                .contains("href=\"/documents/fr-guide/text?page=1&amp;lang=fr\"");
    }

    @Test
    void apiProblemsStayEnglishUnlessTheClientAsksForAnotherLanguage() {
        HttpResponse<String> plain = server.get("/api/documents/missing");
        HttpResponse<String> french = get("/api/documents/missing", "fr");

        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(plain.body()).contains("\"title\":\"Not found\"");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("\"title\":\"Introuvable\"");
        assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
    }

    @Test
    void countsAreWrittenAsTheLanguageWritesThem() {
        assertThat(Messages.in("en").text("search.count.showing", 1, 10, 1234))
                .isEqualTo("Showing 1–10 of 1,234 documents");
        assertThat(Messages.in("fr").text("search.count.showing", 1, 10, 1234))
                .isEqualTo("Documents 1 à 10 sur 1\u202f234");
        assertThat(Messages.in("pt").text("search.count.showing", 1, 10, 1234)).isEqualTo("Documentos 1–10 de 1.234");
        assertThat(Messages.in("en").text("search.count.showing", 1, 1, 1)).isEqualTo("1 document");
        assertThat(Messages.in("es").text("facets.yearCount", "2020", 1)).isEqualTo("2020: 1 documento");
    }

    private static HttpResponse<String> get(String path, String acceptLanguage) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept-Language",
                acceptLanguage).GET());
    }

    /** The interface's words on a page: its text and shown attributes, without the library's own text. */
    static String shownText(String html) {
        String page = html;
        for (Pattern content : LIBRARY_TEXT) {
            page = content.matcher(page).replaceAll(" ");
        }
        StringBuilder shown = new StringBuilder();
        Matcher attributes = SHOWN_ATTRIBUTE.matcher(page);
        while (attributes.find()) {
            shown.append(attributes.group(1)).append('\n');
        }
        shown.append(page.replaceAll("<[^>]*>", "\n"));
        return shown.toString().replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The words of a message pattern between its placeholders, links and plural cases. */
    static List<String> fragments(String pattern) {
        String text = pattern.replaceAll("</?a>", "\n");
        String before;
        do {
            before = text;
            // Innermost placeholders go first; a plural's cases then become words of their own.
            text = text.replaceAll("\\{\\d+(,number,integer)?\\}", "\n")
                    .replaceAll("\\{\\d+,choice,([^{}]*)\\}", "\n$1\n");
        } while (!text.equals(before));
        List<String> fragments = new ArrayList<>();
        for (String part : text.split("[\n|]")) {
            String words = part.replaceAll("^\\d+[#<]", "").replaceAll(EDGES, "");
            if (words.codePoints().filter(Character::isLetter).count() >= 3) {
                fragments.add(words);
            }
        }
        return fragments;
    }

    private static boolean contains(String text, String words) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})").matcher(text).find();
    }
}
