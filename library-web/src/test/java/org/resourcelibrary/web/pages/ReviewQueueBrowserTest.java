package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A librarian works through the review queue of the sample library in a real browser: accepts one value,
 * accepts two ticked together, corrects a title, and then finds the document by the corrected title.
 */
class ReviewQueueBrowserTest extends LibrarianBrowserTest {

    /** A word no sample document has, so that only the corrected document is found by it. */
    private static final String CORRECTED_TITLE = "Wombat guide to supportive supervision";

    @Test
    void librarianAcceptsAndCorrectsValuesAndFindsTheDocumentByTheCorrection() {
        signIn();
        browser.findElement(By.cssSelector("a[href='/librarian/review']")).click();
        int waiting = reviewRows().size();
        assertThat(waiting).isGreaterThan(3);

        submit(reviewRows().get(0).findElement(By.cssSelector("button[value^='accept:']")));
        assertThat(notice()).isEqualTo("1 value was decided.");
        assertThat(reviewRows()).hasSize(waiting - 1);

        reviewRows().get(0).findElement(By.cssSelector("input[name='items']")).click();
        reviewRows().get(1).findElement(By.cssSelector("input[name='items']")).click();
        submit(browser.findElement(By.cssSelector("button[name='decision'][value='accept']")));
        assertThat(notice()).isEqualTo("2 values were decided.");
        assertThat(reviewRows()).hasSize(waiting - 3);

        WebElement title = reviewRow("Title");
        title.findElement(By.cssSelector("input[type='text']")).sendKeys(CORRECTED_TITLE);
        submit(title.findElement(By.cssSelector("button[value^='correct:']")));
        assertThat(notice()).isEqualTo("1 value was decided.");
        assertThat(browser.findElement(By.id("acceptance-heading")).findElement(By.xpath(".."))
                .getText()).containsIgnoringCase("title");

        browser.get(server.url("/?q=wombat"));
        assertThat(resultLinks().stream().map(WebElement::getText))
                .containsExactly(CORRECTED_TITLE);
    }
}
