package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.Resource;

class MetadataChoicesTest {

    @TempDir
    Path dir;
    private TestLibrary library;
    private Resource resource;
    /** What the edit form sends back untouched. */
    private Map<String, String> sent;

    @BeforeEach
    void document() throws Exception {
        library = new TestLibrary(dir).add("ug-ke", "East African notes", "report", List.of("UG", "KE"), "en", 2020,
                List.of("Notes from Uganda and Kenya."));
        resource = library.library.get("ug-ke").orElseThrow();
        sent = new LinkedHashMap<>(MetadataChoices.values(resource));
    }

    @AfterEach
    void close() throws Exception {
        library.close();
    }

    @Test
    void pickListInAnotherOrderIsNoChange() {
        sent.put("countries", "KE; UG");

        assertThat(MetadataChoices.changes(resource, sent)).isEmpty();
    }

    @Test
    void changedAndClearedFieldsAreTheChanges() {
        sent.put("countries", "KE");
        sent.remove("year");

        assertThat(MetadataChoices.changes(resource, sent)).containsExactly(Map.entry("countries", "KE"),
                Map.entry("year", ""));
    }
}
