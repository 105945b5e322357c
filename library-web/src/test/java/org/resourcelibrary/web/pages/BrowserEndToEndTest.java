package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.DemoServer;
import org.resourcelibrary.web.RunningApp;

/**
 * A member and a librarian in a real browser (Debian's headless Chromium driven by Selenium) against the
 * real application over the sample library, ingested by the real pipeline. Skipped only where Chromium or
 * its driver is not installed; CI installs both. Screenshots go to {@code target/screenshots/}.
 */
class BrowserEndToEndTest {

    private static final Pattern DOCUMENTS = Pattern.compile("([\\d,]+) documents?$");

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Longest wait for a page to change after an action. */
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    private static DemoServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)");
        server = DemoServer.get();
        browser = chromium(dir.resolve("profile"));
        Files.createDirectories(SCREENSHOTS);
    }

    static WebDriver chromium(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return driver;
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
    }

    /** No page may break its Content-Security-Policy or throw: the browser's console has no error. */
    @AfterEach
    void consoleHasNoErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void memberSearchesNarrowsByCountryAndTypeAndOpensADocument() throws Exception {
        open("/");
        assertThat(heading()).isEqualTo("Browse the library");
        assertThat(resultCount()).isEqualTo(documents());
        screenshot("home");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("case management");
        box.sendKeys(Keys.ENTER);
        waitForUrl("q=case+management");
        long found = resultCount();
        assertThat(found).isPositive();

        // A country with fewer documents than the whole result: ticking it must change the counts.
        Map<String, Long> countries = counts("country");
        String country = countries.entrySet().stream().filter(e -> e.getValue() < found).findFirst()
                .orElseThrow().getKey();
        Map<String, Long> typesBefore = counts("type");
        tick("country", country);
        waitForUrl("country=" + country);
        assertThat(resultCount()).isEqualTo(countries.get(country));
        assertThat(counts("type")).isNotEqualTo(typesBefore);
        assertThat(chips()).anyMatch(chip -> chip.startsWith("Country:"));

        String type = counts("type").keySet().iterator().next();
        tick("type", type);
        waitForUrl("type=" + type);
        assertThat(chips()).anyMatch(chip -> chip.startsWith("Country:")).anyMatch(chip -> chip.startsWith("Type:"));
        assertThat(resultCount()).isPositive().isLessThanOrEqualTo(countries.get(country));
        screenshot("results");

        WebElement title = browser.findElement(By.cssSelector(".result__title a"));
        String titleText = title.getText();
        title.click();
        waitForUrl("/documents/");
        assertThat(heading()).isEqualTo(titleText);
        assertThat(browser.findElement(By.id("metadata-heading")).getText()).isEqualTo("About this document");
        screenshot("document");
    }

    @Test
    void searchBoxSuggestsACountryChosenWithTheKeyboard() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("zamb");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions li")));
        List<String> suggestions = browser.findElements(By.cssSelector("#suggestions li")).stream()
                .map(WebElement::getText).toList();
        int zambia = suggestions.indexOf(suggestions.stream()
                .filter(s -> s.startsWith("Zambia") && s.endsWith("Country")).findFirst().orElseThrow());
        assertThat(browser.findElement(By.id("q")).getAttribute("aria-expanded")).isEqualTo("true");

        for (int i = 0; i <= zambia; i++) {
            browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        }
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);

        waitForUrl("country=ZM");
        assertThat(chips()).anyMatch(chip -> chip.startsWith("Country:") && chip.contains("Zambia"));
    }

    @Test
    void snippetPageLinkOpensTheFileAtThatPage() throws Exception {
        open("/?q=supervision");
        // A PDF's snippet: its page link opens the browser's PDF viewer at that page.
        WebElement link = browser.findElement(By.xpath("//li[contains(@class,'result')]"
                + "[.//a[substring(@download, string-length(@download) - 3) = '.pdf']]//a[@class='snippet__page']"));
        String href = link.getAttribute("href");
        assertThat(href).matches(".*/api/documents/[^/]+/file#page=\\d+");

        link.click();
        waitForUrl("/file#page=");

        HttpResponse<Void> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                href.substring(0, href.indexOf('#')))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        browser.navigate().back();
    }

    @Test
    void memberFollowsASearchCitesADocumentAndDownloadsItsMatchingPages() throws Exception {
        open("/?q=supervision");
        WebElement pages = browser.findElement(By.cssSelector(".result__pages a"));
        String pagesHref = pages.getAttribute("href");
        assertThat(pagesHref).matches(".*/api/documents/[^/]+/pages\\?pages=[0-9,-]+");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pagesHref))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        WebElement result = pages.findElement(By.xpath("ancestor::li[contains(@class,'result')]"));
        result.findElement(By.cssSelector(".result__title a")).click();
        waitFor(By.cssSelector(".document__cite-link"));
        browser.findElement(By.cssSelector(".document__cite-link")).click();
        waitForUrl("#cite");
        WebElement apa = browser.findElement(By.cssSelector("#cite dd.citation"));
        assertThat(apa.isDisplayed()).isTrue();
        assertThat(apa.getText()).contains("(20").contains("/documents/");
        screenshot("cite");
    }

    @Test
    void librarianUploadsAFileThatMembersThenFind() throws IOException {
        Path upload = dir.resolve("quokka-supervision-notes.txt");
        Files.writeString(upload, "Field notes on the supervision of quokka-island social workers in Zambia.\n"
                + "Supervisors met every social worker monthly and wrote down what they learned.\n");
        open("/librarian");
        browser.findElement(By.id("token")).sendKeys(DemoServer.TOKEN);
        browser.findElement(By.cssSelector("form[action='/librarian/sign-in'] button")).click();
        waitFor(By.id("upload-heading"));
        screenshot("librarian");

        browser.findElement(By.id("file")).sendKeys(upload.toAbsolutePath().toString());
        browser.findElement(By.id("m-title")).sendKeys("Quokka Island supervision notes");
        browser.findElement(By.cssSelector("#m-type option[value='report']")).click();
        browser.findElement(By.id("m-countries-filter")).sendKeys("Zambia");
        browser.findElement(By.cssSelector("label[for='m-country-ZM']")).click();
        browser.findElement(By.cssSelector("form[action='/librarian/upload'] button[type='submit']")).click();
        waitForUrl("/librarian/documents/");
        assertThat(browser.findElement(By.cssSelector(".notice--ok")).getText()).contains("uploaded");
        screenshot("librarian-document");

        String editPage = browser.getCurrentUrl();

        open("/?q=quokka");
        assertThat(browser.findElements(By.cssSelector(".result__title a")).stream().map(WebElement::getText))
                .contains("Quokka Island supervision notes");

        // The shared library gets its document count back: the librarian deletes the upload again.
        browser.get(editPage);
        browser.findElement(By.cssSelector("label[for='confirm']")).click();
        browser.findElement(By.cssSelector("form[action$='/delete'] button[type='submit']")).click();
        waitFor(By.cssSelector(".notice--ok"));
        assertThat(browser.findElement(By.cssSelector(".notice--ok")).getText()).contains("deleted");
        open("/?q=quokka");
        assertThat(browser.findElements(By.cssSelector(".result__title a"))).isEmpty();
    }

    @Test
    void memberSwitchesToFrenchAndSearchesInFrenchWithOtherLanguagesOffered() throws Exception {
        open("/");
        browser.findElement(By.cssSelector(".interface-languages a[hreflang='fr']")).click();
        waitForUrl("lang=fr");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(heading()).isEqualTo("Parcourir la bibliothèque");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("gestion des cas");
        box.sendKeys(Keys.ENTER);
        waitForUrl("q=gestion+des+cas");
        assertThat(browser.getCurrentUrl()).contains("lang=fr");
        // The browser may give French's no-break spaces as plain ones.
        assertThat(heading().replace('\u00a0', ' ')).isEqualTo("Résultats pour « gestion des cas »");

        List<WebElement> languages = browser.findElements(By.cssSelector(".result .badge--language"));
        assertThat(languages).isNotEmpty();
        assertThat(languages.get(0).getAttribute("class")).doesNotContain("badge--other-language");
        assertThat(languages.get(0).getText()).isEqualTo("Français");
        // Other languages' documents are offered too, each marked with its language.
        assertThat(languages.stream().filter(badge -> badge.getAttribute("class").contains("badge--other-language"))
                .map(WebElement::getText).toList()).isNotEmpty().allMatch(name -> !name.equals("Français"));
        screenshot("results-fr");

        assertThat(InterfaceLanguagesTest.englishWords(browser.getPageSource(), "fr")).isEmpty();
    }

    @Test
    void memberSearchesInSpanishAndInPortugueseWithThePageInTheirLanguage() throws Exception {
        open("/?q=manejo+de+casos&lang=es");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
        screenshot("results-es");
        assertThat(InterfaceLanguagesTest.englishWords(browser.getPageSource(), "es")).isEmpty();

        open("/?q=gest%C3%A3o+de+casos&lang=pt");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt");
        assertThat(browser.findElements(By.cssSelector(".result"))).isNotEmpty();
        screenshot("results-pt");
        assertThat(InterfaceLanguagesTest.englishWords(browser.getPageSource(), "pt")).isEmpty();
    }

    @Test
    void librarianReviewsTheEditionsIngestProposes() throws Exception {
        open(EditionsPage.PATH);
        if (!browser.findElements(By.id("token")).isEmpty()) {
            browser.findElement(By.id("token")).sendKeys(DemoServer.TOKEN);
            browser.findElement(By.cssSelector("form[action='/librarian/sign-in'] button")).click();
            waitFor(By.id("upload-heading"));
            open(EditionsPage.PATH);
        }
        waitFor(By.id("works-heading"));
        assertThat(heading()).isEqualTo("Editions of one work");
        screenshot("editions");
        open(EditionsPage.PATH + "?lang=fr");
        waitFor(By.id("works-heading"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(heading()).isEqualTo("Éditions d’une même œuvre");
        screenshot("editions-fr");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void open(String path) {
        browser.get(server.url(path));
    }

    /** The documents in the library, as the service's readiness check counts them. */
    private static long documents() throws IOException, InterruptedException {
        try (RunningApp client = RunningApp.client(server.port())) {
            return ApiTestBase.json(client.get("/ready")).get("documents").asLong();
        }
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private long resultCount() {
        String text = browser.findElement(By.id("result-count")).getText();
        // "Showing 1–10 of 23 documents", "Showing 1–10 of 20 works in 23 documents", "1 document" or
        // "No documents": the documents, as facets count them.
        if (text.startsWith("No")) {
            return 0;
        }
        Matcher documents = DOCUMENTS.matcher(text);
        if (!documents.find()) {
            throw new AssertionError("no count of documents in '" + text + "'");
        }
        return Long.parseLong(documents.group(1).replace(",", ""));
    }

    /** A facet's values with their counts, as listed (shown and behind "show more"). */
    private Map<String, Long> counts(String param) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement input : browser.findElements(By.cssSelector("input[type='checkbox'][name='" + param + "']"))) {
            String count = browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "'] .count"))
                    .getAttribute("textContent").replaceAll("\\D", "");
            counts.put(input.getAttribute("value"), Long.parseLong(count));
        }
        return counts;
    }

    private void tick(String param, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + param + "'][value='" + value + "']"));
        WebElement details = input.findElements(By.xpath("ancestor::details")).stream().findFirst().orElse(null);
        if (details != null && details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector(".chip")).stream().map(WebElement::getText).toList();
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains(part));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
