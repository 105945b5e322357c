package org.resourcelibrary.web.pages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.WebSettings;

/** A small real library in a temporary data directory, for page tests that need exact documents. */
final class TestLibrary implements AutoCloseable {

    final DataDirectory data;
    final LuceneLibrary library;

    TestLibrary(Path dir) throws IOException {
        this.data = new DataDirectory(dir).create();
        this.library = LuceneLibrary.open(data.index(), Vocabulary.standard());
    }

    /** Adds a PDF-like document with these pages of text, and commits. */
    TestLibrary add(String id, String title, String type, List<String> countries, String language, int year,
                    List<String> pages) throws IOException {
        Resource resource = new Resource(id, title, "Summary of " + title, List.of("keyword"), List.of("A. Author"),
                countries, List.of("case-management"), type, language, year, "Example Organization", id + ".pdf",
                "application/pdf", 12_345, "0".repeat(63) + Integer.toHexString(id.hashCode() & 0xf),
                List.of(new SourceRef("/library", id + ".pdf", 12_345, 0)), Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-02T03:04:05Z"),
                Map.of("title", FieldSource.MANIFEST, "countries", FieldSource.INFERRED),
                new Extraction("application/pdf", pages.stream().mapToLong(String::length).sum(), pages.size(),
                        false, OcrStatus.NONE, Map.of()));
        library.upsert(new ResourceContent(resource, pages));
        library.commit();
        return this;
    }

    WebServices services() {
        return new WebServices(library, data, Vocabulary.standard(), WebSettings.defaults());
    }

    @Override
    public void close() throws IOException {
        library.close();
    }
}
