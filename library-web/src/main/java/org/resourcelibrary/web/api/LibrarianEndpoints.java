package org.resourcelibrary.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.indexer.extract.FailureReason;
import org.resourcelibrary.indexer.ingest.DocumentChangedException;
import org.resourcelibrary.indexer.ingest.ExtractionFailedException;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.indexer.ingest.ItemStatus;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.indexer.ingest.Upload;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.Problem;

/**
 * A librarian's changes to single documents: {@code POST /api/documents} (upload one file with metadata),
 * {@code PATCH /api/documents/{id}} (correct metadata), {@code DELETE /api/documents/{id}}. Each change is
 * committed by the ingest pipeline before the response is sent.
 */
final class LibrarianEndpoints {

    /** Largest metadata edit accepted: a few fields of text. */
    static final int MAX_EDIT_BYTES = 64 * 1024;
    /** The upload form's field naming the document's id. */
    static final String ID = "id";
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/merge-patch+json");

    private final Librarian librarian;
    private final UploadedFiles uploads;

    LibrarianEndpoints(Librarian librarian, UploadedFiles uploads) {
        this.librarian = librarian;
        this.uploads = uploads;
    }

    /** {@code POST /api/documents}. */
    void upload(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        try (UploadedFiles.Received received = uploads.receive(ctx, null)) {
            Map<String, String> fields = new LinkedHashMap<>(received.fields());
            String id = fields.remove(ID);
            Upload upload;
            try {
                upload = librarian.upload(received.file(), received.fileName(), fields, id);
            } catch (InvalidMetadataException e) {
                refuse(ctx, e);
                return;
            } catch (ExtractionFailedException e) {
                throw unreadable(e);
            }
            Resource resource = upload.resource();
            if (upload.status() != ItemStatus.DUPLICATE) {
                ctx.status(HttpStatus.CREATED);
                ctx.header(Header.LOCATION, "/api/documents/" + encode(resource.id()));
            }
            ctx.json(new UploadView(upload.status().code(), upload.edited(), DocumentJson.of(resource)));
        }
    }

    /** {@code PATCH /api/documents/{id}}. */
    void edit(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        if (!JSON_TYPES.contains(type)) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "send the fields to change as application/json (an object of field names to values)");
        }
        Map<String, String> fields;
        try {
            fields = MetadataEdit.fields(body(ctx));
        } catch (MetadataEdit.WrongTypeException e) {
            unprocessable(ctx, e.field(), e.getMessage());
            return;
        }
        try {
            Resource edited = librarian.edit(ctx.pathParam("id"), fields, read(ctx)).orElseThrow(() ->
                    new NotFoundResponse("no document with id '" + QueryParameters.shorten(ctx.pathParam("id")) + "'"));
            ctx.header(Header.ETAG, DocumentVersion.etag(edited));
            ctx.json(DocumentJson.of(edited));
        } catch (InvalidMetadataException e) {
            refuse(ctx, e);
        } catch (DocumentChangedException e) {
            throw changedMeanwhile(ctx, "nothing was changed");
        }
    }

    /** {@code DELETE /api/documents/{id}}. */
    void delete(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        try {
            if (!librarian.delete(id, read(ctx))) {
                throw new NotFoundResponse("no document with id '" + QueryParameters.shorten(id) + "'");
            }
        } catch (DocumentChangedException e) {
            throw changedMeanwhile(ctx, "it was not deleted");
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The document the change was worked out from, as its {@code If-Match} names it (any, without one). */
    private static Predicate<Resource> read(Context ctx) {
        return DocumentVersion.ifMatch(ctx.header(Header.IF_MATCH));
    }

    /** A 412 problem: the document is no longer the one the change's {@code If-Match} named. */
    private static HttpResponseException changedMeanwhile(Context ctx, String outcome) {
        return new HttpResponseException(HttpStatus.PRECONDITION_FAILED.getCode(), "the document changed since it"
                + " was read (If-Match names another version), so " + outcome + ": GET /api/documents/"
                + encode(ctx.pathParam("id")) + " again for its current values and ETag, and send the change again"
                + " with that ETag as If-Match if it still applies");
    }

    /** The JSON object a librarian's change sends, at most {@link #MAX_EDIT_BYTES}. */
    static JsonNode body(Context ctx) throws IOException {
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(MAX_EDIT_BYTES + 1);
        }
        if (bytes.length > MAX_EDIT_BYTES) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "a metadata edit is at most "
                    + MAX_EDIT_BYTES / 1024 + " KB");
        }
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || !node.isObject() || node.isEmpty()) {
                throw new InvalidRequestException("body", "the body must be a JSON object of the fields to change,"
                        + " e.g. {\"title\": \"…\", \"countries\": [\"ZM\"]}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Metadata the ingest pipeline could not understand (a 400) or would not take for its size (a 422), naming
     * the first field at fault.
     */
    static void refuse(Context ctx, InvalidMetadataException e) {
        String field = e.problems().isEmpty() ? "metadata" : e.problems().get(0).field();
        if (!e.overLimit()) {
            throw new InvalidRequestException(field, e.getMessage());
        }
        unprocessable(ctx, field, e.getMessage());
    }

    /** A 422 problem: the value sent for {@code field} is of a kind or size the field does not take. */
    private static void unprocessable(Context ctx, String field, String message) {
        LibraryWebApp.problem(ctx, Problem.ofParameter(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                "Unprocessable content", message, field));
    }

    /** A file no text could be read from: 415 when no parser reads its type, 422 otherwise. */
    private static HttpResponseException unreadable(ExtractionFailedException e) {
        int status = e.reason() == FailureReason.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode()
                : HttpStatus.UNPROCESSABLE_CONTENT.getCode();
        return new HttpResponseException(status, "no text could be read from the file (" + e.getMessage()
                + "); nothing was stored");
    }

    private static String encode(String id) {
        return Hit.documentUrl(id).substring("/documents/".length());
    }

    /**
     * The body of {@code POST /api/documents}.
     *
     * @param edited for a duplicate: the metadata fields the upload changed, as a librarian's edit of the
     *               document that already had the content; empty otherwise
     */
    record UploadView(String status, List<String> edited, DocumentJson document) {
    }
}
