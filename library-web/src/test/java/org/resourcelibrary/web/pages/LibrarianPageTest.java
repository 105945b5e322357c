package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.indexer.enrich.MetadataLimits;
import org.resourcelibrary.indexer.ingest.IngestItem;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.ItemStatus;
import org.resourcelibrary.indexer.ingest.ReportArchive;
import org.resourcelibrary.web.WebSettings;

class LibrarianPageTest {

    @RegisterExtension
    final ToolkitLibrarian librarian = new ToolkitLibrarian();

    @Test
    void signedOutPageAsksForATokenAndIsNeverCached() {
        HttpResponse<String> page = librarian.server().get("/librarian");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/librarian/sign-in\"").contains("type=\"password\"")
                .doesNotContain("name=\"csrf\"");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void wrongTokenIsRefusedWithoutASession() {
        HttpResponse<String> response = librarian.server().post("/librarian/sign-in", Map.of("token", "not-the-token-at-all"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("That token is not valid.").doesNotContain("not-the-token-at-all");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void rightTokenOpensASessionInAStrictHttpOnlyCookie() {
        HttpResponse<String> response = librarian.server().post("/librarian/sign-in",
                Map.of("token", TestServer.LIBRARIAN_TOKEN));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/librarian?done=signed-in");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(LibrarianGate.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/librarian").doesNotContain(TestServer.LIBRARIAN_TOKEN));
        assertThat(librarian.server().get("/librarian?done=signed-in").body()).contains("You are signed in.")
                .contains("action=\"/librarian/upload\"").contains("name=\"csrf\"");
    }

    @Test
    void repeatedWrongTokensAreSlowedDown() {
        HttpResponse<String> response = null;
        for (int i = 0; i < 10 && (response == null || response.statusCode() != 429); i++) {
            response = librarian.server().post("/librarian/sign-in", Map.of("token", "wrong-token-number-" + i));
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void formWithoutTheCsrfTokenIsRefused() {
        signIn();

        HttpResponse<String> response = librarian.server().post("/librarian/documents/zm-toolkit/delete", Map.of("confirm", "yes"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();
    }

    @Test
    void formWithAnotherCsrfTokenIsRefused() {
        signIn();

        HttpResponse<String> response = librarian.server().post("/librarian/documents/zm-toolkit/delete",
                Map.of("confirm", "yes", "csrf", "guessed-token"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();
    }

    @Test
    void formFromAnotherSiteIsRefusedEvenWithTheToken() {
        String csrf = signIn();

        HttpResponse<String> response = librarian.server().send(HttpRequest.newBuilder(URI.create(
                        librarian.server().url("/librarian/documents/zm-toolkit/delete")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.formBody(Map.of("confirm", "yes", "csrf", csrf)))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();
    }

    @Test
    void formWithoutASessionIsRefused() {
        HttpResponse<String> response = librarian.server().post("/librarian/documents/zm-toolkit/delete",
                Map.of("confirm", "yes", "csrf", "anything"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You are not signed in");
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();
    }

    @Test
    void uploadedFileIsSearchableWithItsFormMetadata() {
        String csrf = signIn();

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload",
                Map.of("csrf", csrf, "title", "Quokka supervision notes", "type", "report", "countries", "KE"),
                "quokka.txt", "Notes on supervising quokka keepers in Kenya.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/librarian/documents/").endsWith("?done=indexed"));
        var hits = librarian.library().library.search(SearchRequest.of("quokka")).hits();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("Quokka supervision notes");
            assertThat(hit.type()).isEqualTo("report");
            assertThat(hit.countries()).containsExactly("KE");
        });
        assertThat(librarian.server().get("/?q=quokka&country=KE").body()).contains("Quokka supervision notes");
    }

    @Test
    void uploadWithAnUnknownValueShowsTheProblemAndAddsNothing() {
        String csrf = signIn();
        long before = librarian.library().library.count();

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload",
                Map.of("csrf", csrf, "title", "Kept title", "year", "not a year"), "notes.txt",
                "Some notes.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Nothing was changed").contains("Year: 'not a year' is not a year")
                .contains("value=\"Kept title\"");
        assertThat(librarian.library().library.count()).isEqualTo(before);
    }

    @Test
    void aYearOutOfRangeIsSaidWholeInThePagesLanguage() {
        String csrf = signIn();

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload?lang=fr",
                Map.of("csrf", csrf, "title", "Kept title", "year", "1200"), "notes.txt",
                "Some notes.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsPattern("Année\u00a0: l’année 1200 n’est pas comprise entre \\d{4} et \\d{4}")
                .doesNotContain("is not between");
    }

    @Test
    void uploadWithATitleOverItsLimitIsA422NamingTheLimitAndAddsNothing() {
        String csrf = signIn();
        long before = librarian.library().library.count();

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload",
                Map.of("csrf", csrf, "title", "T".repeat(10_000)), "notes.txt",
                "Some notes.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Title: title is 10,000 characters long; the limit is "
                + MetadataLimits.TITLE_CHARS + " characters");
        assertThat(librarian.library().library.count()).isEqualTo(before);
    }

    @Test
    void uploadWithoutTheCsrfTokenAddsNothing() {
        signIn();
        long before = librarian.library().library.count();

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload", Map.of("title", "Forged upload"),
                "forged.txt", "Words of a forged upload.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(librarian.library().library.count()).isEqualTo(before);
    }

    @Test
    void uploadLargerThanTheLimitIsRefusedAndAddsNothing() throws Exception {
        long before = librarian.library().library.count();
        try (TestServer small = TestServer.start(librarian.library().services(TestServer.LIBRARIAN_TOKEN,
                new WebSettings(0, List.of("*"), 1024)))) {
            String csrf = small.signIn();

            HttpResponse<String> response = small.postFile("/librarian/upload", Map.of("csrf", csrf),
                    "big.txt", "Many words. ".repeat(1000).getBytes(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("larger than the limit").contains("Nothing was added.");
        }
        assertThat(librarian.library().library.count()).isEqualTo(before);
    }

    @Test
    void fileWithoutReadableTextIsRefusedAndAddsNothing() {
        String csrf = signIn();
        long before = librarian.library().library.count();
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        HttpResponse<String> response = librarian.server().postFile("/librarian/upload",
                Map.of("csrf", csrf, "title", "Noise"), "noise.bin", noise);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("file: no text could be read from it").contains("value=\"Noise\"");
        assertThat(librarian.library().library.count()).isEqualTo(before);
    }

    @Test
    void editRecordsOnlyTheFieldsThatChanged() {
        String csrf = signIn();
        String form = librarian.server().get("/librarian/documents/zm-toolkit").body();
        assertThat(form).contains("value=\"Case management toolkit for Zambia\"");

        HttpResponse<String> response = librarian.server().post("/librarian/documents/zm-toolkit", Map.ofEntries(
                Map.entry("csrf", csrf), Map.entry("title", "Case management toolkit (Zambia, 2019)"),
                Map.entry("type", "toolkit"), Map.entry("countries", "ZM"), Map.entry("topics", "case-management"),
                Map.entry("language", "en"), Map.entry("year", "2019"), Map.entry("organization", "Example Organization"),
                Map.entry("summary", "Summary of Case management toolkit for Zambia"), Map.entry("keywords", "keyword"),
                Map.entry("authors", "A. Author")));

        assertThat(response.statusCode()).isEqualTo(303);
        var resource = librarian.library().library.get("zm-toolkit").orElseThrow();
        assertThat(resource.title()).isEqualTo("Case management toolkit (Zambia, 2019)");
        assertThat(resource.provenance().get(MetadataField.TITLE)).isEqualTo(FieldSource.EDIT);
        assertThat(resource.provenance().get(MetadataField.COUNTRIES)).isEqualTo(FieldSource.INFERRED);
    }

    @Test
    void editFormListsTheDocumentsCountriesFirst() {
        signIn();

        String form = librarian.server().get("/librarian/documents/zm-toolkit").body();

        Matcher first = Pattern.compile("<input type=\"checkbox\" id=\"m-country-(\\w+)\" name=\"countries\""
                + " value=\"\\w+\"( checked)?").matcher(form);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("ZM");
        assertThat(first.group(2)).isEqualTo(" checked");
    }

    @Test
    void deleteNeedsTheConfirmationBox() {
        String csrf = signIn();

        HttpResponse<String> unconfirmed = librarian.server().post("/librarian/documents/zm-toolkit/delete", Map.of("csrf", csrf));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(librarian.library().library.get("zm-toolkit")).isPresent();

        HttpResponse<String> confirmed = librarian.server().post("/librarian/documents/zm-toolkit/delete",
                Map.of("csrf", csrf, "confirm", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(librarian.library().library.get("zm-toolkit")).isEmpty();
    }

    @Test
    void signOutEndsTheSession() {
        String csrf = signIn();

        librarian.server().post("/librarian/sign-out", Map.of("csrf", csrf));

        assertThat(librarian.server().get("/librarian").body()).contains("action=\"/librarian/sign-in\"");
        assertThat(librarian.server().post("/librarian/documents/zm-toolkit/delete", Map.of("csrf", csrf, "confirm", "yes"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void findsDocumentsToEdit() {
        signIn();

        String body = librarian.server().get("/librarian?q=zambia").body();

        assertThat(body).contains("<a href=\"/librarian/documents/zm-toolkit\">Case management toolkit for Zambia</a>");
    }

    @Test
    void latestIngestReportListsItsFailedFilesEscaped() throws Exception {
        new ReportArchive(librarian.library().data).save(new IngestReport(2, 1, 0, 0, 0, 0, 1, 0, 2, 1234, false, false,
                Instant.parse("2026-11-28T10:00:00Z"), List.of(), List.of(
                        new IngestItem("reports/ok.pdf", ItemStatus.INDEXED, null, null, "ok", "application/pdf",
                                10L, 1, false, null, "/srv/library", null, null),
                        new IngestItem("reports/<img src=x>.pdf", ItemStatus.FAILED, "encrypted",
                                "password needed", null, "application/pdf", null, null, null, null, "/srv/library",
                                null, null)), null));
        signIn();

        String body = librarian.server().get("/librarian").body();

        assertThat(body).contains("2 files · 1 indexed · 1 failed · 1,234 ms")
                .contains("<td>reports/&lt;img src=x&gt;.pdf</td><td>failed: encrypted (password needed)</td>")
                .doesNotContain("<img src=x>");
    }

    @Test
    void anInterruptedIngestsReportSaysSo() throws Exception {
        new ReportArchive(librarian.library().data).save(new IngestReport(2, 1, 0, 0, 0, 0, 0, 1, 1, 1234, false, true,
                Instant.parse("2026-11-28T10:00:00Z"), List.of(), List.of(
                        new IngestItem("reports/ok.pdf", ItemStatus.INDEXED, null, null, "ok", "application/pdf",
                                10L, 1, false, null, "/srv/library", null, null),
                        new IngestItem("reports/later.pdf", ItemStatus.SKIPPED, "interrupted", null, null, null,
                                null, null, null, null, "/srv/library", null, null)), null));
        signIn();

        assertThat(librarian.server().get("/librarian").body()).contains("2 files · 1 indexed · 1 skipped · "
                + "interrupted: the files not reached are skipped, and the next run does them");
    }

    @Test
    void documentValuesAreEscapedOnTheEditForm() throws Exception {
        librarian.library().add("xss", "<script>alert(1)</script>", "report", List.of("KE"), "en", 2020,
                List.of("Quoted \"words\" & <b>tags</b>."));
        signIn();

        String body = librarian.server().get("/librarian/documents/xss").body();

        // In attribute values jte escapes what could end the value or start a tag; '>' alone is harmless there.
        assertThat(body).contains("value=\"&lt;script>alert(1)&lt;/script>\"")
                .contains("Edit “&lt;script&gt;alert(1)&lt;/script&gt;”").doesNotContain("<script>alert(1)");
        assertThat(librarian.server().get("/librarian?q=alert").body())
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>").doesNotContain("<script>alert(1)");
    }

    @Test
    void tooLongADocumentSearchIsExplainedNotFailed() {
        signIn();

        HttpResponse<String> page = librarian.server().get("/librarian?q=" + "a".repeat(5000));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("q is 5000 characters long");
    }

    private String signIn() {
        return librarian.server().signIn();
    }
}
