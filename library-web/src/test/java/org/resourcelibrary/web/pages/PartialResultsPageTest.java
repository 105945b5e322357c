package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that ran out of its time budget shows what it had found, and says that this may not be all, with how
 * to narrow it; a search within its budget says nothing of the kind.
 */
class PartialResultsPageTest {

    /** The smallest time budget there is: every search runs out of it at once. */
    private static final Duration HURRIED = Duration.ofNanos(1);
    private static final String NOTICE = "These results may be incomplete";

    @TempDir
    Path dir;

    @Test
    void aSearchPastItsTimeBudgetSaysItsResultsMayBeIncomplete() throws Exception {
        try (TestServer server = TestServer.serving(hurried())) {
            assertThat(server.get("/api/search?q=case+workers").body()).contains("\"partial\":true");

            HttpResponse<String> page = server.get("/?q=case+workers");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(NOTICE).contains("Narrow it");
        }
    }

    @Test
    void theNoticeIsInThePagesLanguage() throws Exception {
        try (TestServer server = TestServer.serving(hurried())) {
            assertThat(server.get("/?q=case+workers&lang=pt").body())
                    .contains("Estes resultados podem estar incompletos").doesNotContain(NOTICE);
        }
    }

    @Test
    void aSearchWithinItsTimeBudgetSaysNothingOfTheKind() throws Exception {
        try (TestServer server = TestServer.serving(TestLibrary.zambiaToolkit(dir))) {
            HttpResponse<String> page = server.get("/?q=case+workers");

            assertThat(page.body()).contains("Case management toolkit for Zambia").doesNotContain(NOTICE);
        }
    }

    private TestLibrary hurried() throws Exception {
        return new TestLibrary(dir, HURRIED).add("zm-toolkit", "Case management toolkit for Zambia", "toolkit",
                List.of("ZM"), "en", 2019, List.of("Case workers in Zambia follow seven steps."));
    }
}
