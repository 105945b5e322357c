package org.resourcelibrary.web.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resourcelibrary.web.DemoServer;

/**
 * What the browser tests of the librarian's pages share: headless Chromium on the shared demo server, signing in,
 * the review queue's rows and notices, screenshots.
 */
abstract class LibrarianBrowserTest {

    @TempDir
    static Path dir;
    static DemoServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(BrowserEndToEndTest.CHROMIUM)
                        && Files.isExecutable(BrowserEndToEndTest.CHROMEDRIVER),
                "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)");
        server = DemoServer.get();
        browser = BrowserEndToEndTest.chromium(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Signs in on the librarian page with the demo server's token and waits for the librarian's home. */
    static void signIn() {
        browser.get(server.url("/librarian"));
        browser.findElement(By.id("token")).sendKeys(DemoServer.TOKEN);
        browser.findElement(By.cssSelector("form[action='/librarian/sign-in'] button")).click();
        new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.id("upload-heading")));
    }

    /** The rows of the review queue on the page shown. */
    static List<WebElement> reviewRows() {
        return browser.findElements(By.cssSelector(".review-queue tbody tr"));
    }

    /** The first row of the review queue whose field is {@code field}. */
    static WebElement reviewRow(String field) {
        return reviewRows().stream().filter(row -> row.findElements(By.tagName("td")).get(2).getText()
                .equals(field)).findFirst().orElseThrow();
    }

    /**
     * Clicks a form's {@code button} and waits until the page the form posts to has replaced the one shown, so
     * that what is read next (a notice, the rows) is the new page's and not the old one's.
     */
    static void submit(WebElement button) {
        WebElement shown = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.stalenessOf(shown));
    }

    /** The text of the success notice, once the page shows one. */
    static String notice() {
        return new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".notice--ok"))).getText();
    }

    /** The title links of the search results on the page shown. */
    static List<WebElement> resultLinks() {
        return browser.findElements(By.cssSelector(".result__title a"));
    }

    /** Keeps a screenshot of the page shown as {@code name}.png beside the other browser tests' screenshots. */
    static void screenshot(String name) throws IOException {
        Files.createDirectories(BrowserEndToEndTest.SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), BrowserEndToEndTest.SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
