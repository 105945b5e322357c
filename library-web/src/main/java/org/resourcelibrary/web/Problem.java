package org.resourcelibrary.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error response body, {@code application/problem+json} (RFC 9457): a status, a short title and a
 * human-readable detail that names what was wrong (the parameter, the id). Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem ofParameter(int status, String title, String detail, String parameter) {
        return new Problem("about:blank", title, status, detail, parameter);
    }
}
