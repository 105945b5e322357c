package org.resourcelibrary.web.api;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.web.excerpt.ExcerptProblem;
import org.resourcelibrary.web.excerpt.PageList;
import org.resourcelibrary.web.excerpt.PdfExcerpt;

/**
 * {@code GET /api/documents/{id}/pages?pages=3,7-9}: a PDF of only those pages, cut from the original PDF after
 * a note page saying where they come from, for members who cannot download the whole file.
 */
final class PageExcerptEndpoint {

    static final String PAGES = "pages";
    static final String PDF = "application/pdf";

    private final ReadEndpoints documents;
    private final BlobStore blobs;
    private final PublicAddress address;
    private final int maxPages;

    /** @param maxPages most pages one request may cut ({@link org.resourcelibrary.web.WebSettings}) */
    PageExcerptEndpoint(ReadEndpoints documents, BlobStore blobs, PublicAddress address, int maxPages) {
        this.maxPages = maxPages;
        this.address = address;
        this.documents = documents;
        this.blobs = blobs;
    }

    void handle(Context ctx) throws IOException {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(PAGES));
        PageList pages;
        try {
            pages = PageList.parse(parameters.single(PAGES), maxPages);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(PAGES, "pages: " + e.getMessage());
        }
        Resource resource = documents.resource(ctx);
        if (!PDF.equals(resource.mediaType())) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), "pages can be cut only from"
                    + " a PDF, and the original of '" + resource.id() + "' is " + resource.mediaType()
                    + "; download it whole from " + Hit.fileUrl(resource.id()));
        }
        PdfExcerpt.Source source = new PdfExcerpt.Source(resource.title(), resource.organization(), resource.year(),
                address.url(ctx, Hit.documentUrl(resource.id())));
        byte[] pdf;
        try {
            pdf = PdfExcerpt.cut(FileDownload.original(blobs, resource), pages, source);
        } catch (ExcerptProblem e) {
            if (e.reason() == ExcerptProblem.Reason.OUT_OF_RANGE) {
                throw new NotFoundResponse(e.getMessage());
            }
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(), e.getMessage());
        }
        ctx.header(Header.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName(resource, pages)));
        ctx.contentType(PDF).result(pdf);
    }

    /** {@code report-pages-3,7-9.pdf} for the original {@code report.pdf}. */
    static String fileName(Resource resource, PageList pages) {
        String name = resource.fileName() == null ? resource.id() : resource.fileName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "-pages-" + pages.param() + ".pdf";
    }
}
