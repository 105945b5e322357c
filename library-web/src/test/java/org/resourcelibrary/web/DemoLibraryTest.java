package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import picocli.CommandLine;

class DemoLibraryTest {

    @TempDir
    Path dir;

    @Test
    void the_sample_library_is_found_from_inside_the_repository() {
        assertThat(DemoLibrary.locate(RepositoryFiles.root().resolve("library-web"))).hasValue(
                RepositoryFiles.root().resolve(DemoLibrary.SAMPLE_DOCS));
    }

    @Test
    void a_library_with_documents_gets_nothing_more() throws Exception {
        try (TestLibrary library = TestLibrary.create(dir)) {
            assertThat(DemoLibrary.ingestIfEmpty(library.library(), library.data(),
                    RepositoryFiles.root().resolve(DemoLibrary.SAMPLE_DOCS), IngestSettings.defaults())).isEmpty();
            assertThat(library.library().count()).isEqualTo(5);
        }
    }

    @Test
    void serve_demo_fills_an_empty_library_with_the_sample_library_before_serving() throws Exception {
        ServeCommand command = new ServeCommand(Map.of());
        new CommandLine(command).parseArgs("--demo", "--port", "0", "--data", dir.resolve("data").toString());

        try (LibraryServer server = command.start();
             RunningApp client = RunningApp.client(server.port())) {
            assertThat(ApiTestBase.json(client.get("/ready")).get("documents").asInt()).isEqualTo(64);
            assertThat(ApiTestBase.json(client.get("/api/search?q=supervision&country=ZA")).get("total").asInt())
                    .isPositive();
        }
        assertThat(dir.resolve("data/reports")).isNotEmptyDirectory();
    }
}
