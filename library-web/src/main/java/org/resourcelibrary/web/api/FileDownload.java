package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.store.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/documents/{id}/file}: the original bytes from the blob store, with the right content type, a
 * {@code Content-Disposition} naming the file, the SHA-256 as strong ETag, and single byte ranges (206, 416) so
 * a PDF viewer can fetch the page it jumps to without the whole file.
 */
final class FileDownload {

    private static final Logger LOG = LoggerFactory.getLogger(FileDownload.class);

    static final String FALLBACK_MEDIA_TYPE = "application/octet-stream";
    /** Types a browser shows itself without running anything from the file; the rest are downloaded. */
    private static final Set<String> INLINE_TYPES = Set.of("application/pdf", "text/plain", "image/png",
            "image/jpeg", "image/gif", "image/webp");
    /**
     * A file is the library's content, not the application's: it may never run script in our origin. PDF is the
     * exception because browsers' PDF viewers refuse to run in a sandbox (and run no page script anyway).
     */
    static final String FILE_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; img-src 'self' data:;"
            + " style-src 'unsafe-inline'";

    private final ReadEndpoints documents;
    private final BlobStore blobs;

    FileDownload(ReadEndpoints documents, BlobStore blobs) {
        this.documents = documents;
        this.blobs = blobs;
    }

    void handle(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        Resource resource = documents.resource(ctx);
        Path file = original(blobs, resource);
        long total = Files.size(file);
        String etag = HttpCaching.strongEtag(resource.sha256());
        String mediaType = mediaType(resource);
        String fileName = resource.fileName() == null || resource.fileName().isBlank() ? resource.id()
                : resource.fileName();
        ctx.header(Header.ETAG, etag);
        ctx.header(Header.CACHE_CONTROL, HttpCaching.REVALIDATE);
        ctx.header(Header.ACCEPT_RANGES, "bytes");
        ctx.header(Header.CONTENT_DISPOSITION, INLINE_TYPES.contains(baseType(mediaType))
                ? ContentDisposition.inline(fileName) : ContentDisposition.attachment(fileName));
        if (!baseType(mediaType).equals("application/pdf")) {
            ctx.header(Header.CONTENT_SECURITY_POLICY, FILE_CONTENT_SECURITY_POLICY);
        }
        if (HttpCaching.matches(ctx.header(Header.IF_NONE_MATCH), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ByteRange.Outcome outcome = rangeApplies(ctx, etag) ? ByteRange.parse(ctx.header(Header.RANGE), total)
                : new ByteRange.Whole();
        if (outcome instanceof ByteRange.Unsatisfiable) {
            ctx.header(Header.CONTENT_RANGE, "bytes */" + total);
            throw new HttpResponseException(HttpStatus.RANGE_NOT_SATISFIABLE.getCode(),
                    "the Range '" + QueryParameters.shorten(ctx.header(Header.RANGE)) + "' is not within the "
                            + total + " bytes of this file");
        }
        ByteRange range = outcome instanceof ByteRange.Partial partial ? partial.range()
                : new ByteRange(0, total - 1);
        if (outcome instanceof ByteRange.Partial) {
            ctx.status(HttpStatus.PARTIAL_CONTENT);
            ctx.header(Header.CONTENT_RANGE, range.contentRange(total));
        }
        ctx.disableCompression();
        ctx.contentType(mediaType);
        ctx.header(Header.CONTENT_LENGTH, Long.toString(range.length()));
        if (ctx.method() != HandlerType.HEAD && range.length() > 0) {
            ctx.result(open(file, range));
        }
    }

    /** A Range applies unless an {@code If-Range} names another version of the file. */
    private static boolean rangeApplies(Context ctx, String etag) {
        String ifRange = ctx.header(Header.IF_RANGE);
        return ifRange == null || ifRange.strip().equals(etag);
    }

    /** Where a document's original is stored, or a 404 (logged: the library has lost a file). */
    static Path original(BlobStore blobs, Resource resource) {
        Path file = resource.sha256() == null ? null : blobs.find(resource.sha256()).orElse(null);
        if (file == null) {
            LOG.warn("document {} has no original in the blob store (sha256 {})", resource.id(), resource.sha256());
            throw new NotFoundResponse("the original file of document '" + resource.id() + "' is not stored");
        }
        return file;
    }

    private static InputStream open(Path file, ByteRange range) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(range.first());
        InputStream in = Channels.newInputStream(channel);
        return new BoundedInputStream(in, range.length());
    }

    private static String mediaType(Resource resource) {
        String type = resource.mediaType();
        return type == null || type.isBlank() ? FALLBACK_MEDIA_TYPE : type;
    }

    private static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** At most {@code remaining} bytes of a stream; closing it closes the file. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }
    }
}
