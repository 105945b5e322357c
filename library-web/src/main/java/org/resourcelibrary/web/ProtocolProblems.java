package org.resourcelibrary.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.resourcelibrary.core.json.Json;

/**
 * Requests Jetty refuses before the application sees them (a request line or headers too long, a target
 * that is not a valid URI) are answered as {@code application/problem+json} like every other client error,
 * not as Jetty's HTML page.
 */
final class ProtocolProblems extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
                                    Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() ? title : message;
        try {
            return Json.mapper().writeValueAsBytes(Problem.of(status, title, DETAILS.getOrDefault(status, detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always serialisable", e);
        }
    }

    /** What to do about the limits a client can hit before routing. */
    private static final Map<Integer, String> DETAILS = Map.of(
            HttpStatus.URI_TOO_LONG_414, "the request target is longer than the server accepts; shorten the query",
            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431, "the request headers are larger than the server accepts");
}
