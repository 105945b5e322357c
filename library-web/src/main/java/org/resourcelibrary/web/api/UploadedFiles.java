package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.resourcelibrary.core.search.InvalidRequestException;

/**
 * Reading a librarian's multipart upload: a {@code multipart/form-data} body (else 415) no larger than the upload
 * limit (else 413, decided from {@code Content-Length} before reading anything when it is given), whose
 * {@code file} part is copied to a temporary file under the same limit, and whose other fields are text.
 */
final class UploadedFiles {

    /** The multipart field holding the file. */
    static final String FILE = "file";
    /** Room for the form's text fields and multipart boundaries beyond the file itself. */
    static final long FORM_OVERHEAD_BYTES = 1024 * 1024;
    /** Longest file name kept; longer ones are cut (keeping the extension). */
    static final int MAX_FILE_NAME = 200;
    /** Separator of several values of one metadata field, as the upload form and manifest write them. */
    static final String LIST_SEPARATOR = "; ";

    /** How Jetty's multipart parser says a part is over {@code maxFileSize}. */
    private static final String JETTY_TOO_LARGE = "max file size exceeded";

    private final long maxBytes;

    UploadedFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** An uploaded file copied to a temporary file, with the name it was sent under and the form's text fields. */
    record Received(Path file, String fileName, Map<String, String> fields) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Receives the upload of {@code ctx}.
     *
     * @param accepted text fields the endpoint takes besides the file (others are a 400), or null for any
     */
    Received receive(Context ctx, List<String> accepted) throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "send the file as multipart/form-data with the file in the field '" + FILE + "'");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes + FORM_OVERHEAD_BYTES) {
            throw tooLarge();
        }
        UploadedFile part = filePart(ctx);
        if (part == null) {
            throw new InvalidRequestException(FILE, "the upload has no file: send it in the field '" + FILE + "'");
        }
        if (part.size() > maxBytes) {
            throw tooLarge();
        }
        Map<String, String> fields = fields(ctx, accepted);
        Path file = Files.createTempFile("library-upload-", ".part");
        try (InputStream in = part.content(); OutputStream out = Files.newOutputStream(file)) {
            copy(in, out);
            return new Received(file, fileName(part.filename()), fields);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The file part; Jetty refuses a part over the limit or a malformed body while parsing. */
    private UploadedFile filePart(Context ctx) {
        try {
            return ctx.uploadedFile(FILE);
        } catch (Exception e) {
            boolean malformed = false;
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage())
                        .startsWith(JETTY_TOO_LARGE)) {
                    throw tooLarge();
                }
                malformed |= cause instanceof BadMessageException;
            }
            if (malformed) {
                throw new InvalidRequestException(FILE, "the multipart/form-data body is malformed");
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge();
            }
            out.write(buffer, 0, read);
        }
    }

    HttpResponseException tooLarge() {
        return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the file is larger than the limit"
                + " of " + maxBytes / (1024 * 1024) + " MB (LIBRARY_MAX_UPLOAD_MB)");
    }

    /** The text fields, a repeated field's values joined as a list. */
    private static Map<String, String> fields(Context ctx, List<String> accepted) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (name.equals(FILE)) {
                return;
            }
            if (accepted != null && !accepted.contains(name)) {
                throw new InvalidRequestException(name, "unknown field '" + name + "'; this endpoint takes only '"
                        + FILE + "'" + (accepted.isEmpty() ? "" : " and " + String.join(", ", accepted)));
            }
            List<String> given = values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
            if (!given.isEmpty()) {
                fields.put(name, String.join(LIST_SEPARATOR, given));
            }
        });
        return fields;
    }

    /** The file's own name, without any folders a browser sent with it or characters that cannot be shown. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        if (name.length() > MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
        }
        return name;
    }
}
