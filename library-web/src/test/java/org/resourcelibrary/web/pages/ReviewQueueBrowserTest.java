package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resourcelibrary.web.DemoServer;

/**
 * A librarian works through the review queue of the sample library in a real browser: accepts one value,
 * accepts two ticked together, corrects a title, and then finds the document by the corrected title.
 */
class ReviewQueueBrowserTest {

    /** A word no sample document has, so that only the corrected document is found by it. */
    private static final String CORRECTED_TITLE = "Wombat guide to supportive supervision";

    @TempDir
    static Path dir;
    private static DemoServer server;
    private static WebDriver browser;

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
        }
    }

    @Test
    void librarianAcceptsAndCorrectsValuesAndFindsTheDocumentByTheCorrection() {
        browser.get(server.url("/librarian"));
        browser.findElement(By.id("token")).sendKeys(DemoServer.TOKEN);
        browser.findElement(By.cssSelector("form[action='/librarian/sign-in'] button")).click();
        new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.id("upload-heading")));
        browser.findElement(By.cssSelector("a[href='/librarian/review']")).click();
        int waiting = rows().size();
        assertThat(waiting).isGreaterThan(3);

        rows().get(0).findElement(By.cssSelector("button[value^='accept:']")).click();
        assertThat(notice()).isEqualTo("1 value was decided.");
        assertThat(rows()).hasSize(waiting - 1);

        rows().get(0).findElement(By.cssSelector("input[name='items']")).click();
        rows().get(1).findElement(By.cssSelector("input[name='items']")).click();
        browser.findElement(By.cssSelector("button[name='decision'][value='accept']")).click();
        assertThat(notice()).isEqualTo("2 values were decided.");
        assertThat(rows()).hasSize(waiting - 3);

        WebElement title = rows().stream().filter(row -> row.findElements(By.tagName("td")).get(2).getText()
                .equals("title")).findFirst().orElseThrow();
        title.findElement(By.cssSelector("input[type='text']")).sendKeys(CORRECTED_TITLE);
        title.findElement(By.cssSelector("button[value^='correct:']")).click();
        assertThat(notice()).isEqualTo("1 value was decided.");
        assertThat(browser.findElement(By.id("acceptance-heading")).findElement(By.xpath(".."))
                .getText()).contains("title");

        browser.get(server.url("/?q=wombat"));
        assertThat(browser.findElements(By.cssSelector(".result__title a")).stream().map(WebElement::getText))
                .containsExactly(CORRECTED_TITLE);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector(".review-queue tbody tr"));
    }

    private static String notice() {
        return new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".notice--ok"))).getText();
    }
}
