package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.ReportArchive;

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
        DemoServer demo = DemoServer.get();

        ReportArchive reports = new ReportArchive(new DataDirectory(demo.data()));
        List<String> names = reports.names();
        assertThat(names).hasSize(1);
        assertThat(reports.read(names.get(0))).hasValueSatisfying(report -> assertThat(report.indexed())
                .isEqualTo(73));
        try (RunningApp client = RunningApp.client(demo.port())) {
            assertThat(ApiTestBase.json(client.get("/api/search?q=supervision&country=ZA")).get("total").asInt())
                    .isPositive();
        }
    }
}
