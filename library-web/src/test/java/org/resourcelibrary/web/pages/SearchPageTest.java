package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPageTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.serving(new TestLibrary(dir)
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps. "
                                        + "Each step is written down. ".repeat(40),
                                "Supervision of case workers matters."))
                .add("ke-report", "Social workforce report for Kenya", "report", List.of("KE"), "en", 2021,
                        List.of("Kenya counts its case workers <b>by hand</b> & by survey."))
                .add("zm-report", "Zambia workforce mapping report", "report", List.of("ZM"), "en", 2016,
                        List.of("A mapping of social workers across Zambia's provinces."))
                .add("sn-guide", "Guide de la supervision au Sénégal", "guidance", List.of("SN"), "fr", 2022,
                        List.of("La supervision des travailleurs sociaux au Sénégal."))
                .add("xss", "<script>alert(1)</script>", "report", List.of("GH"), "en", 2020,
                        List.of("An attack in the title: <img src=x onerror=alert(2)> case.")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void homePageBrowsesTheWholeLibraryWithFacetCounts() {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("5 documents").contains("Browse the library");
        assertThat(checkbox(page.body(), "country", "ZM")).contains(">Zambia <span class=\"count\">2<");
        assertThat(checkbox(page.body(), "type", "report")).contains(">Report <span class=\"count\">3<");
    }

    @Test
    void documentTitleIsEscaped() {
        String body = server.get("/?q=attack").body();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(body).doesNotContain("<img src=x");
    }

    @Test
    void snippetsContainNoMarkupButMark() {
        String body = server.get("/?q=case").body();

        List<String> snippets = snippets(body);
        assertThat(snippets).isNotEmpty();
        assertThat(snippets).anyMatch(s -> s.contains("<mark>"));
        for (String snippet : snippets) {
            String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
        }
        assertThat(String.join(" ", snippets)).contains("&lt;b&gt;by hand&lt;/b&gt;");
    }

    @Test
    void aPassageThatEndsASentenceGetsNoEllipsisAfterIt() {
        String body = server.get("/?q=case").body();

        assertThat(body).contains("by survey.").doesNotContain("by survey.…");
    }

    @Test
    void snippetLinksOpenTheFileAtItsPage() {
        String body = server.get("/?q=supervision&country=ZM").body();

        assertThat(body).contains("href=\"/api/documents/zm-toolkit/file#page=2\">page 2</a>");
    }

    @Test
    void facetUrlIsBookmarkableAndTicksItsValues() {
        HttpResponse<String> page = server.get("/?country=ZM&type=report");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 document").contains("Zambia workforce mapping report")
                .doesNotContain("Case management toolkit for Zambia");
        assertThat(checkbox(page.body(), "country", "ZM")).contains("checked");
        assertThat(checkbox(page.body(), "type", "report")).contains("checked");
        assertThat(checkbox(page.body(), "type", "toolkit")).doesNotContain("checked");
    }

    @Test
    void facetCountsAreDrillSideways() {
        String body = server.get("/?country=ZM").body();

        assertThat(checkbox(body, "country", "KE")).contains(">Kenya <span class=\"count\">1<");
        assertThat(checkbox(body, "type", "toolkit")).contains("<span class=\"count\">1<");
        assertThat(checkbox(body, "type", "report")).contains("<span class=\"count\">1<");
    }

    @Test
    void activeFiltersAreChipsThatRemoveOnlyThemselves() {
        String body = server.get("/?q=workers&country=ZM&type=report&year_from=2010").body();

        assertThat(body).contains("href=\"/?q=workers&amp;type=report&amp;year_from=2010\""
                + " aria-label=\"Remove filter Country: Zambia\"");
        assertThat(body).contains("href=\"/?q=workers&amp;country=ZM&amp;year_from=2010\""
                + " aria-label=\"Remove filter Type: Report\"");
        assertThat(body).contains("href=\"/?q=workers&amp;country=ZM&amp;type=report\""
                + " aria-label=\"Remove filter Year: 2010 or later\"");
        assertThat(body).contains("<a class=\"chips__clear\" href=\"/?q=workers\">Clear all filters</a>");
    }

    @Test
    void zeroResultsGiveHelp() {
        String body = server.get("/?q=nothingmatchesthis&country=ZM").body();

        assertThat(body).contains("No documents match").contains("Check the spelling")
                .contains("href=\"/?q=nothingmatchesthis\">search without any filter</a>");
    }

    @Test
    void misspelledQueryOffersDidYouMean() {
        String body = server.get("/?q=supervisoin").body();

        assertThat(body).contains("Did you mean <a href=\"/?q=supervision\">supervision</a>?");
    }

    @Test
    void pagesLinkToEachOtherKeepingTheFilters() {
        String body = server.get("/?type=report&size=1&page=2").body();

        assertThat(body).contains("Showing 2–2 of 3 documents");
        assertThat(body).contains("href=\"/?type=report&amp;size=1\" rel=\"prev\"");
        assertThat(body).contains("href=\"/?type=report&amp;page=3&amp;size=1\" rel=\"next\"");
        assertThat(body).contains("aria-current=\"page\" aria-label=\"Page 2\"");
    }

    @Test
    void labelsFollowTheLabelLanguage() {
        String body = server.get("/?lang=fr").body();

        assertThat(checkbox(body, "type", "guidance")).contains(">Guide <span");
        assertThat(checkbox(body, "country", "SN")).contains(">Sénégal <span");
    }

    @Test
    void badParametersRenderTheSearchPageWithA400() {
        for (String query : List.of("page=abc", "size=1000", "country=XX", "year_from=1999&year_to=1990",
                "sort=sideways", "lang=de", "page=2&page=3")) {
            HttpResponse<String> page = server.get("/?q=case&" + query);

            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains("We could not run this search")
                    .contains("id=\"q\" name=\"q\" value=\"case\"").doesNotContain("Exception");
        }
    }

    @Test
    void badParameterMessageNamesTheParameter() {
        String body = server.get("/?page=abc").body();

        assertThat(body).contains("page must be a whole number, got 'abc'");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/?q=%3Cscript%3E", "/documents/zm-toolkit", "/documents/unknown")) {
            HttpResponse<String> page = server.get(path);

            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        String body = server.get("/?q=case").body();

        assertThat(body).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void staticFilesAreVersionedAndCachedForLong() {
        String body = server.get("/").body();
        Matcher css = Pattern.compile("href=\"(/static/app\\.css\\?v=[0-9a-f]{12})\"").matcher(body);
        assertThat(css.find()).isTrue();

        HttpResponse<String> file = server.get(css.group(1).replace("&amp;", "&"));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control")).contains(StaticAssets.CACHE_CONTROL);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/css"));
        assertThat(file.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(server.get("/static/missing.css").statusCode()).isEqualTo(404);
        assertThat(server.get("/static/..%2Fapplication.properties").statusCode()).isEqualTo(404);
    }

    /** The {@code <li>} of the checkbox for {@code param=value}, up to its label's end. */
    static String checkbox(String body, String param, String value) {
        Matcher m = Pattern.compile("<input type=\"checkbox\" id=\"[^\"]+\" name=\"" + param + "\" value=\""
                + Pattern.quote(value) + "\"[^>]*>\\s*<label[^>]*>.*?</label>", Pattern.DOTALL).matcher(body);
        assertThat(m.find()).as("checkbox " + param + "=" + value).isTrue();
        return m.group();
    }

    static List<String> snippets(String body) {
        Matcher m = Pattern.compile("<p class=\"snippet\">…(.*?)…?\\s*"
                + "(?:<a class=\"snippet__page\"[^>]*>page \\d+</a>)?\\s*</p>", Pattern.DOTALL).matcher(body);
        List<String> snippets = new ArrayList<>();
        while (m.find()) {
            snippets.add(m.group(1));
        }
        return snippets;
    }

    // ---- a search that does other than asked says so ----

    @Test
    void wordsNoDocumentHasTogetherSayTheSearchRelaxedAndLinkToTheStrictSearch() {
        String body = server.get("/?q=kenya+mapping").body();

        assertThat(body).contains("No document has all of your words; showing those with most of them.")
                .contains("href=\"/?q=kenya+mapping&amp;match=all\"").contains("2 documents");
    }

    @Test
    void theStrictSearchFindsNothingAndDoesNotRelax() {
        String body = server.get("/?q=kenya+mapping&match=all").body();

        assertThat(body).contains("No documents match").doesNotContain("No document has all of your words");
    }

    @Test
    void wordsADocumentHasTogetherShowNoNotice() {
        assertThat(server.get("/?q=kenya+survey").body()).doesNotContain("No document has all of your words");
    }

    @Test
    void nothingSearchableBrowsesTheLibraryAndSaysSoWithoutSpellingAdvice() {
        for (String q : List.of("the+of", "%21%40%23", "%28%28%28", "%22%22")) {
            String body = server.get("/?q=" + q).body();

            assertThat(body).as(q).contains("Nothing in your search could be searched").contains("5 documents")
                    .doesNotContain("Did you mean").doesNotContain("Check the spelling");
        }
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksToTheLast() {
        String body = server.get("/?q=zambia&size=1&page=9").body();

        assertThat(body).contains("Page 9 is past the last page of results")
                .contains("href=\"/?q=zambia&amp;page=2&amp;size=1\"")
                .contains("No documents on page 9: the search found 2")
                .doesNotContain("0–-1").doesNotContain("Check the spelling").doesNotContain("Did you mean");
    }

    @Test
    void anUnknownMatchIsA400NamingIt() {
        var page = server.get("/?q=kenya&match=some");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("match must be one of [auto, all]");
    }

    @Test
    void hitsInAnotherLanguageThanTheMembersAreMarked() {
        String body = server.get("/?q=supervision&lang=fr").body();

        assertThat(body).contains("Guide de la supervision au Sénégal").contains("Case management toolkit for Zambia");
        assertThat(body.indexOf("Guide de la supervision")).isLessThan(body.indexOf("Case management toolkit"));
        assertThat(body.split("badge--other-language", -1)).hasSize(2);
    }
}
