package org.resourcelibrary.web.excerpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageListTest {

    private static final int MAX = 50;

    @Test
    void numbers_and_ranges_become_the_pages_in_order_each_once() {
        assertThat(PageList.parse("9, 3,7-9", MAX).pages()).containsExactly(3, 7, 8, 9);
    }

    @Test
    void a_list_is_written_back_with_runs_as_ranges() {
        PageList pages = PageList.parse("3,7,8,9,12", MAX);

        assertThat(pages.toString()).isEqualTo("3, 7-9, 12");
        assertThat(pages.param()).isEqualTo("3,7-9,12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|name the pages", "3,,4|'' is not a page number", "three|'three' is not a page number",
            "0|numbered from 1", "9-7|runs backwards", "1-51|at most 50 pages", "-3|'-3' is not a page number",
            "1-999999999|at most 50 pages", "99999999999|is not a page number"})
    void a_bad_list_says_what_is_wrong(String text, String message) {
        assertThatThrownBy(() -> PageList.parse(text, MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void many_small_parts_still_count_against_the_limit() {
        assertThatThrownBy(() -> PageList.parse("1-30,40-60", MAX)).hasMessageContaining("at most 50 pages");
    }

    @Test
    void a_hits_matching_pages_make_a_list() {
        assertThat(PageList.of(java.util.Arrays.asList(7, 3, null, 7)).pages()).isEqualTo(List.of(3, 7));
    }
}
