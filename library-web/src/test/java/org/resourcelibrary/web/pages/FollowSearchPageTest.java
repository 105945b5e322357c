package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resourcelibrary.web.MailParts;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The results page's form "E-mail me new documents for this search", with alerts on (a real SMTP server,
 * GreenMail, started for each test; what arrives is read back) and off; once in headless Chromium, which posts
 * the form as browsers do (its Origin header, under the page's Content-Security-Policy).
 */
class FollowSearchPageTest {

    private static final String ADDRESS = "member@example.org";
    /** More requests for one address than the alerts' limit allows in its window. */
    private static final int MAX_TRIES = 10;
    private static final String FOLLOW = "/alerts/follow?q=case+management&country=ZM";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    private TestLibrary library;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = TestLibrary.zambiaToolkit(dir.resolve("data"));
        server = TestServer.start(library.services(), library.alerts(MAIL.getSmtp().getPort()));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        library.close();
    }

    @Test
    void theResultsPageOffersTheFormForItsSearch() {
        String page = server.get("/?q=case+management&country=ZM&page=1").body();

        assertThat(page).contains("E-mail me new documents for this search")
                .contains("action=\"/alerts/follow?q=case+management&amp;country=ZM\"")
                .contains("name=\"email\"").contains("value=\"daily\"").contains("value=\"weekly\"");
    }

    @Test
    void withAlertsOffTheResultsPageHasNoForm() throws Exception {
        try (TestServer off = TestServer.start(library.services())) {
            String page = off.get("/?q=case+management").body();

            assertThat(page).contains("Follow this search").doesNotContain("E-mail me new documents")
                    .doesNotContain("/alerts/follow");
        }
    }

    @Test
    void withAlertsOffAPostSaysSoWithoutTheForm() throws Exception {
        try (TestServer off = TestServer.start(library.services())) {
            HttpResponse<String> response = off.post(FOLLOW, Map.of("email", ADDRESS));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("E-mail alerts are off in this library just now.")
                    .doesNotContain("name=\"email\"");
        }
    }

    @Test
    void withAlertsOffTheFrenchPageSaysSoInFrench() throws Exception {
        try (TestServer off = TestServer.start(library.services())) {
            HttpResponse<String> response = off.post(FOLLOW + "&lang=fr", Map.of("email", ADDRESS));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("Les alertes par courriel sont désactivées dans cette bibliothèque")
                    .doesNotContain("alerts are off");
            assertThat(InterfaceLanguagesTest.englishWords(response.body(), "fr")).isEmpty();
        }
    }

    @Test
    void aPostShowsWhereTheConfirmationWentAndTheMailArrives() throws Exception {
        HttpResponse<String> response = server.post(FOLLOW, Map.of("email", "Member@Example.org",
                "frequency", "daily"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Check your inbox: we sent a confirmation link to " + ADDRESS);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ADDRESS);
        assertThat(MailParts.text(received[0])).contains("daily").contains("q=case+management&country=ZM")
                .contains("/alerts/confirm?token=").doesNotContain("/api/alerts/confirm");
    }

    @Test
    void theFrenchPagesFormStartsAnAlertWrittenInFrench() throws Exception {
        HttpResponse<String> response = server.post(FOLLOW + "&lang=fr", Map.of("email", ADDRESS));

        assertThat(response.statusCode()).isEqualTo(200);
        MimeMessage confirmation = MAIL.getReceivedMessages()[0];
        assertThat(confirmation.getContentLanguage()).containsExactly("fr");
        assertThat(confirmation.getSubject()).isEqualTo(Messages.in("fr").text("alert.mail.confirm.subject"));
        assertThat(MailParts.text(confirmation)).contains("/alerts/confirm?token=").contains("&lang=fr");
    }

    @Test
    void withoutAChosenLanguageTheFormsAlertIsInTheBrowsersLanguage() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.url(FOLLOW)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url(""))
                .header("Accept-Language", "pt-PT,pt;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + ADDRESS)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAIL.getReceivedMessages()[0].getContentLanguage()).containsExactly("pt");
    }

    @Test
    void theAddressShownIsEscaped() {
        HttpResponse<String> response = server.post(FOLLOW, Map.of("email", "tom&jerry@example.org"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("confirmation link to tom&amp;jerry@example.org")
                .doesNotContain("tom&jerry");
    }

    @Test
    void markupInABadAddressIsShownAsText() {
        HttpResponse<String> response = server.post(FOLLOW, Map.of("email", "<b>x</b>"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndSendsNothing() {
        HttpResponse<String> response = server.send(post(server, "https://elsewhere.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not sent from this library");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void behindAProxyAPostFromThePublicAddressIsAccepted() throws Exception {
        WebSettings proxied = WebSettings.defaults().withPublication("https://library.example.org/search", null);
        try (TestServer behindProxy = TestServer.start(library.services(TestServer.LIBRARIAN_TOKEN, proxied),
                library.alerts(MAIL.getSmtp().getPort()))) {
            HttpResponse<String> response = behindProxy.send(post(behindProxy, "https://library.example.org"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
        }
    }

    @Test
    void aBadAddressIsA400PageNamingItWithTheFormAgain() {
        HttpResponse<String> response = server.post(FOLLOW, Map.of("email", "not-an-address", "frequency",
                "daily"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'not-an-address' is not an e-mail address")
                .contains("value=\"not-an-address\"").contains("action=\"" + FOLLOW.replace("&", "&amp;") + "\"");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aBadAddressIsSaidInThePagesLanguage() {
        HttpResponse<String> response = server.post(FOLLOW + "&lang=fr", Map.of("email", "not-an-address",
                "frequency", "daily"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("«\u00a0not-an-address\u00a0» n’est pas une adresse électronique")
                .doesNotContain("is not an e-mail address");
        assertThat(InterfaceLanguagesTest.englishWords(response.body(), "fr")).isEmpty();
    }

    @Test
    void aMissingAddressIsSaidInThePagesLanguage() {
        HttpResponse<String> response = server.post(FOLLOW + "&lang=es", Map.of("email", " "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("indique una dirección de correo electrónico de 254 caracteres como"
                + " máximo").doesNotContain("give an e-mail address");
    }

    @Test
    void tooManyRequestsForOneAddressSaySoInWords() {
        HttpResponse<String> response = server.post(FOLLOW, Map.of("email", ADDRESS));
        for (int tries = 1; response.statusCode() == 200 && tries < MAX_TRIES; tries++) {
            response = server.post(FOLLOW, Map.of("email", ADDRESS));
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("Your alert was not started").contains("try again later")
                .doesNotContain("<form method=\"post\" action=\"/alerts/follow");
    }

    @Test
    void tooManyRequestsAreSaidInThePagesLanguage() {
        HttpResponse<String> response = server.post(FOLLOW + "&lang=fr", Map.of("email", ADDRESS));
        for (int tries = 1; response.statusCode() == 200 && tries < MAX_TRIES; tries++) {
            response = server.post(FOLLOW + "&lang=fr", Map.of("email", ADDRESS));
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).contains("Cette adresse a demandé trop d’alertes ces derniers temps\u00a0;")
                .doesNotContain("try again later");
        assertThat(InterfaceLanguagesTest.englishWords(response.body(), "fr")).isEmpty();
    }

    @Test
    void aMemberFollowsTheSearchInABrowser() {
        assumeTrue(Files.isExecutable(BrowserEndToEndTest.CHROMIUM)
                        && Files.isExecutable(BrowserEndToEndTest.CHROMEDRIVER),
                "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)");
        WebDriver browser = BrowserEndToEndTest.chromium(dir.resolve("profile"));
        try {
            browser.get(server.url("/?q=case+management"));
            browser.findElement(By.cssSelector(".follow-email summary")).click();
            browser.findElement(By.id("follow-email")).sendKeys(ADDRESS);
            browser.findElement(By.cssSelector(".follow-email input[value='daily']")).click();
            browser.findElement(By.cssSelector(".follow-email button[type='submit']")).click();
            new WebDriverWait(browser, BrowserEndToEndTest.WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--ok")));

            assertThat(browser.findElement(By.cssSelector(".notice--ok")).getText())
                    .contains("Check your inbox: we sent a confirmation link to " + ADDRESS);
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                    .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                            && !entry.getMessage().contains("favicon.ico"));
        } finally {
            browser.quit();
        }
    }

    /** The follow form posted with this {@code Origin}. */
    private static HttpRequest.Builder post(TestServer to, String origin) {
        return HttpRequest.newBuilder(URI.create(to.url(FOLLOW)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("email=" + ADDRESS));
    }
}
