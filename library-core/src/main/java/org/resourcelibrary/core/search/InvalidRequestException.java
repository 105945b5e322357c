package org.resourcelibrary.core.search;

/**
 * A request the library cannot answer because of what the caller sent (HTTP 400, CLI exit 2).
 * The message is meant for the caller: it names the parameter and says what is wrong.
 */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. {@code size} or {@code country}. */
    public String parameter() {
        return parameter;
    }
}
