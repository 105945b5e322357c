package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/** What {@code GET /api/search} says when it does other than asked, and its Boolean operators. */
class SearchNoticesApiTest extends ApiTestBase {

    @Test
    void words_no_document_has_together_answer_relaxed_true() throws IOException {
        JsonNode body = json(app.get("/api/search?q=volunteer+zambia"));

        assertThat(body.get("relaxed").asBoolean()).isTrue();
        assertThat(SearchApiTest.ids(body)).containsExactlyInAnyOrder(TestLibrary.NOTES, TestLibrary.ZAMBIA);
    }

    @Test
    void match_all_is_the_strict_search_never_relaxed() throws IOException {
        JsonNode body = json(app.get("/api/search?q=volunteer+zambia&match=all"));

        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.get("relaxed").asBoolean()).isFalse();
    }

    @Test
    void words_a_document_has_together_answer_relaxed_false() throws IOException {
        JsonNode body = json(app.get("/api/search?q=volunteer+kenya"));

        assertThat(body.get("relaxed").asBoolean()).isFalse();
        assertThat(SearchApiTest.ids(body)).containsExactly(TestLibrary.NOTES);
    }

    @Test
    void not_excludes_the_word_after_it() throws IOException {
        assertThat(SearchApiTest.ids(json(app.get("/api/search?q=supervision+kenya"))))
                .containsExactly(TestLibrary.NOTES);
        assertThat(SearchApiTest.ids(json(app.get("/api/search?q=supervision+NOT+kenya"))))
                .containsExactly(TestLibrary.ZAMBIA);
    }

    @Test
    void a_query_of_only_exclusions_browses_the_library_less_them() throws IOException {
        JsonNode body = json(app.get("/api/search?q=NOT+kenya"));

        assertThat(SearchApiTest.ids(body)).hasSize(4).doesNotContain(TestLibrary.NOTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the+of", "the", "%21%40%23", "...", "%5B", "%28%28%28", "%3F", "%22%22"})
    void nothing_searchable_browses_the_library_and_says_so(String q) throws IOException {
        JsonNode body = json(app.get("/api/search?q=" + q));

        assertThat(body.get("nothingSearchable").asBoolean()).as(q).isTrue();
        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("didYouMean").isNull()).isTrue();
    }

    @Test
    void a_page_past_the_last_has_the_total_no_hits_and_the_last_page() throws IOException {
        JsonNode body = json(app.get("/api/search?size=2&page=9"));

        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("hits")).isEmpty();
        assertThat(body.get("lastPage").asLong()).isEqualTo(3);
    }

    @Test
    void an_unknown_match_is_a_400_naming_it() {
        HttpResponse<String> response = app.get("/api/search?q=kenya&match=some");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("match must be one of [auto, all]");
    }
}
