package org.resourcelibrary.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersAreEscaped() {
        assertThat(Html.escape("<b class=\"x\">A & B</b>"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;");
    }

    @Test
    void apostrophesAreEscapedForEitherQuotes() {
        assertThat(Html.escape("women's")).isEqualTo("women&#39;s");
    }

    @Test
    void apostrophesCanBeKeptAsWritten() {
        assertThat(Html.escapeKeepingApostrophes("women's <work>")).isEqualTo("women's &lt;work&gt;");
    }

    @Test
    void controlCharactersBecomeSpacesButLineBreaksAndTabsStay() {
        assertThat(Html.escape("a\u0001b\u0085c\nd\te")).isEqualTo("a b c\nd\te");
        assertThat(Html.escapeKeepingApostrophes("a\u000bb")).isEqualTo("a b");
    }
}
