package org.resourcelibrary.web.pages;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.alerts.MailSettings;
import org.resourcelibrary.web.api.AlertEndpoints;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;

/** A small real library in a temporary data directory, for page tests that need exact documents. */
final class TestLibrary implements AutoCloseable {

    final DataDirectory data;
    final LuceneLibrary library;
    private final Librarian librarian;

    TestLibrary(Path dir) throws IOException {
        this(dir, SearchRequest.TIME_BUDGET);
    }

    /** A library whose searches may run for {@code timeBudget} before answering with what they found so far. */
    TestLibrary(Path dir, Duration timeBudget) throws IOException {
        this.data = new DataDirectory(dir).create();
        this.library = LuceneLibrary.open(data.index(), Vocabulary.standard(), Ranking.DEFAULT, timeBudget);
        this.librarian = new Librarian(library, data, IngestSettings.defaults());
    }

    /** A library of one English toolkit on case management in Zambia. */
    static TestLibrary zambiaToolkit(Path dir) throws IOException {
        return new TestLibrary(dir).add("zm-toolkit", "Case management toolkit for Zambia", "toolkit",
                List.of("ZM"), "en", 2019, List.of("Case workers in Zambia follow seven steps."));
    }

    /** Adds a PDF-like document with these pages of text, and commits. */
    TestLibrary add(String id, String title, String type, List<String> countries, String language, int year,
                    List<String> pages) throws IOException {
        Metadata metadata = Metadata.NONE.with(MetadataField.TITLE, title)
                .with(MetadataField.SUMMARY, "Summary of " + title).with(MetadataField.KEYWORDS, List.of("keyword"))
                .with(MetadataField.AUTHORS, List.of("A. Author")).with(MetadataField.COUNTRIES, countries)
                .with(MetadataField.TOPICS, List.of("case-management")).with(MetadataField.TYPE, type)
                .with(MetadataField.LANGUAGE, language).with(MetadataField.YEAR, year)
                .with(MetadataField.ORGANIZATION, "Example Organization");
        Resource resource = Resource.of(id, metadata)
                .withMetadata(metadata, Map.of(MetadataField.TITLE, FieldSource.MANIFEST, MetadataField.COUNTRIES,
                        FieldSource.INFERRED))
                .withFile(id + ".pdf", "application/pdf", 12_345,
                        "0".repeat(63) + Integer.toHexString(id.hashCode() & 0xf))
                .withSources(List.of(new SourceRef("/library", id + ".pdf", 12_345, 0)))
                .withTimes(Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-01-02T03:04:05Z"))
                .withExtraction(new Extraction("application/pdf", pages.stream().mapToLong(String::length).sum(),
                        pages.size(), false, OcrStatus.NONE, Map.of()));
        library.upsert(new ResourceContent(resource, pages));
        library.commit();
        return this;
    }

    /** Makes the document an edition of {@code work}, as a librarian's edit. */
    TestLibrary work(String id, String work) throws Exception {
        librarian.edit(id, Map.of("work", work));
        return this;
    }

    /** E-mail alerts over this library, sent through the SMTP server on this machine's {@code smtpPort}. */
    Alerts alerts(int smtpPort) throws SQLException {
        return new Alerts(LibraryDatabase.open(data.root()), Optional.of(new MailSettings("127.0.0.1", smtpPort, null,
                null, false, "library@example.org")), library, Vocabulary.standard(),
                AlertEndpoints.searches(Vocabulary.standard()),
                Clock.systemUTC());
    }

    /** Web services over this library, the librarian tools closed. */
    WebServices services() {
        return services(LibrarianAccess.closed(), WebSettings.defaults());
    }

    /** Web services over this library, the librarian tools open to {@code token}. */
    WebServices services(String token) {
        return services(token, WebSettings.defaults());
    }

    /** Web services over this library with these settings, the librarian tools open to {@code token}. */
    WebServices services(String token, WebSettings settings) {
        return services(new LibrarianAccess(AccessTokens.of(List.of(token), null), new FailedAttempts()), settings);
    }

    private WebServices services(LibrarianAccess access, WebSettings settings) {
        return new WebServices(library, data, Vocabulary.standard(), settings, access,
                new ServiceMetrics(), librarian);
    }

    @Override
    public void close() throws IOException {
        librarian.close();
        library.close();
    }
}
