package org.resourcelibrary.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;

/**
 * A small real library for API tests: a Lucene index in a temporary data directory holding a few documents
 * whose originals are in the blob store (one of them a real PDF from sample-docs).
 */
public final class TestLibrary implements AutoCloseable {

    public static final String ZAMBIA = "zambia-workforce-assessment-2019";
    public static final String TOOLKIT = "case-management-toolkit-east-africa";
    public static final String GUIA = "colombia-guia-manejo-de-casos";
    public static final String BOLETIM = "boletim-lusofono-2025";
    public static final String NOTES = "kenya-volunteer-field-notes";

    private final DataDirectory data;
    private final LuceneLibrary library;
    private final Librarian librarian;

    private TestLibrary(DataDirectory data, LuceneLibrary library) {
        this.data = data;
        this.library = library;
        this.librarian = new Librarian(library, data, IngestSettings.defaults());
    }

    /** The five test documents, indexed and committed, in a new data directory under {@code dir}. */
    public static TestLibrary create(Path dir) throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard());
        TestLibrary test = new TestLibrary(data, library);
        BlobStore blobs = new BlobStore(data.blobs());
        Path pdf = RepositoryFiles.root().resolve("sample-docs/library/zambia-workforce-assessment-2019.pdf");
        test.add(blobs.put(pdf, null), Files.size(pdf), resource(ZAMBIA,
                "Zambia Social Service Workforce Assessment", List.of("ZM"),
                List.of("workforce-mapping-data", "planning-workforce"), "report", "en", 2019,
                "Ministry of Community Development", "zambia-workforce-assessment-2019.pdf", "application/pdf"),
                List.of("The social service workforce in Zambia: an assessment of gaps in staffing.",
                        "Caseworkers per district and the shortage of supervisors in rural provinces.",
                        "Recommendations: recruit para professionals and strengthen supervision."));
        test.add(TOOLKIT, "Case Management Toolkit for East Africa", List.of("KE", "TZ", "UG"),
                List.of("case-management", "child-protection"), "toolkit", "en", 2021, "Regional Child Care Network",
                "case-management-toolkit-east-africa.txt", "text/plain",
                "Case management steps: identification, assessment, case planning, follow-up and closure.");
        test.add(GUIA, "Guía para el manejo de casos", List.of("CO"), List.of("case-management"), "guidance", "es",
                2020, "Instituto Colombiano de Bienestar Familiar", "guía-manejo-de-casos.txt", "text/plain",
                "El manejo de casos en la protección de la niñez: evaluación, plan y seguimiento.");
        test.add(BOLETIM, "Boletim Lusófono 2025", List.of("BR", "MZ"), List.of("advocacy"), "newsletter-brief",
                "pt", 2025, "Associação Lusófona de Serviço Social", "Boletim Lusófono 2025.txt", "text/plain",
                "Notícias da rede: advocacia pela força de trabalho do serviço social.");
        test.add(NOTES, "Volunteer field notes from Kenya", List.of("KE"), List.of("para-professionals"),
                "gray-literature", "en", 2018, "Kenya Volunteer Network", "kenya-volunteer-field-notes.html",
                "text/html", "<p>Field notes</p> on community volunteers supporting families and supervision visits.");
        library.commit();
        return test;
    }

    public DataDirectory data() {
        return data;
    }

    public LuceneLibrary library() {
        return library;
    }

    /** Web services over this library with the given settings and access, and the real ingest pipeline. */
    public WebServices services(WebSettings settings, LibrarianAccess access) {
        return new WebServices(library, data, Vocabulary.standard(), settings, access, new ServiceMetrics(),
                librarian);
    }

    public WebServices services() {
        return services(WebSettings.defaults(), LibrarianAccess.closed());
    }

    /** Adds a document whose original file holds {@code text}. */
    private void add(String id, String title, List<String> countries, List<String> topics, String type,
                     String language, int year, String organization, String fileName, String mediaType,
                     String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = new BlobStore(data.blobs()).put(new java.io.ByteArrayInputStream(bytes), bytes.length);
        add(sha, bytes.length, resource(id, title, countries, topics, type, language, year, organization, fileName,
                mediaType), List.of(text));
    }

    private void add(String sha256, long size, Resource template, List<String> pages) throws IOException {
        Resource resource = template.withFile(template.fileName(), template.mediaType(), size, sha256)
                .withSources(List.of(new SourceRef("/srv/library", template.fileName(), size, 0)))
                .withTimes(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                .withExtraction(new Extraction(template.mediaType(), pages.stream().mapToLong(String::length).sum(),
                        pages.size() > 1 ? pages.size() : null, false, OcrStatus.NONE, Map.of()));
        library.upsert(new ResourceContent(resource, pages));
    }

    private static Resource resource(String id, String title, List<String> countries, List<String> topics,
                                     String type, String language, int year, String organization, String fileName,
                                     String mediaType) {
        Metadata metadata = Metadata.NONE.with(MetadataField.TITLE, title).with(MetadataField.COUNTRIES, countries)
                .with(MetadataField.TOPICS, topics).with(MetadataField.TYPE, type)
                .with(MetadataField.LANGUAGE, language).with(MetadataField.YEAR, year)
                .with(MetadataField.ORGANIZATION, organization);
        return Resource.of(id, metadata).withMetadata(metadata, Map.of(MetadataField.TITLE, FieldSource.MANIFEST,
                        MetadataField.COUNTRIES, FieldSource.MANIFEST, MetadataField.TOPICS, FieldSource.INFERRED,
                        MetadataField.LANGUAGE, FieldSource.INFERRED))
                .withFile(fileName, mediaType, 0, null);
    }

    @Override
    public void close() throws IOException {
        librarian.close();
        library.close();
    }
}
