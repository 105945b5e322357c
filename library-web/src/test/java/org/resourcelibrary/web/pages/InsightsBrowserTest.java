package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18's whole loop in a real browser on the sample library: members search (once for a word nothing has,
 * once opening a result through its link), then a librarian reads those searches on the insights page, opens the
 * evidence-gap map, works through the review queue and finds the corrected document by the corrected value.
 */
class InsightsBrowserTest extends LibrarianBrowserTest {

    /** A made-up word: no sample document has it, so its search finds nothing. */
    private static final String NOTHING_HAS = "snorkelwump";
    /** A word of many sample documents, whose first result the member opens. */
    private static final String OPENED = "supervision";
    /** A word no sample document has (nor {@link ReviewQueueBrowserTest}'s correction), so only this correction finds it. */
    private static final String CORRECTED_TITLE = "Quokka handbook for community health workers";

    @Test
    void librarianSeesWhatMembersSearchedThenCorrectsTheReviewQueue() throws Exception {
        browser.get(server.url("/?q=" + NOTHING_HAS));
        assertThat(resultLinks()).isEmpty();
        browser.get(server.url("/?q=" + OPENED));
        resultLinks().get(0).click();
        new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(ExpectedConditions.urlContains("/documents/"));

        signIn();
        browser.findElement(By.cssSelector("a[href='/librarian/insights']")).click();
        browser.findElement(By.cssSelector("a[href='/librarian/insights?kind=zero']")).click();
        WebElement zero = awaitInsightsRow(NOTHING_HAS);
        assertThat(cells(zero).get(5).getText()).isNotEqualTo("0");
        screenshot("insights");
        browser.findElement(By.cssSelector("a[href='/librarian/insights?kind=top']")).click();
        assertThat(Integer.parseInt(cells(awaitInsightsRow(OPENED)).get(6).getText())).isPositive();

        browser.findElement(By.cssSelector("a[href='/librarian/insights/gaps']")).click();
        assertThat(browser.findElements(By.cssSelector(".heat-table tbody tr"))).isNotEmpty();
        screenshot("gaps");

        browser.get(server.url("/librarian/review"));
        int waiting = reviewRows().size();
        submit(reviewRows().get(0).findElement(By.cssSelector("button[value^='accept:']")));
        assertThat(notice()).isEqualTo("1 value was decided.");
        assertThat(reviewRows()).hasSize(waiting - 1);
        WebElement title = reviewRow("Title");
        title.findElement(By.cssSelector("input[type='text']")).sendKeys(CORRECTED_TITLE);
        submit(title.findElement(By.cssSelector("button[value^='correct:']")));
        assertThat(notice()).isEqualTo("1 value was decided.");

        browser.get(server.url("/?q=quokka"));
        assertThat(resultLinks().stream().map(WebElement::getText)).containsExactly(CORRECTED_TITLE);
    }

    /**
     * The row of the insights table for {@code query}, reloading the page until it shows: searches reach the
     * database through the analytics writer, a moment after the member's page was answered.
     */
    private static WebElement awaitInsightsRow(String query) {
        return new WebDriverWait(browser, BrowserEndToEndTest.WAIT).until(driver -> {
            Optional<WebElement> row = driver.findElements(By.cssSelector(".insights__table tbody tr")).stream()
                    .filter(candidate -> candidate.findElement(By.tagName("th")).getText().startsWith(query))
                    .findFirst();
            if (row.isEmpty()) {
                driver.navigate().refresh();
            }
            return row.orElse(null);
        });
    }

    /** The data cells of an insights row: language, count, before, trend, searches, found nothing, opened. */
    private static List<WebElement> cells(WebElement row) {
        return row.findElements(By.tagName("td"));
    }
}
