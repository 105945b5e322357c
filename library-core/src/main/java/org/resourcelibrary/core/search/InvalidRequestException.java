package org.resourcelibrary.core.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A request the library cannot answer because of what the caller sent (HTTP 400, CLI exit 2).
 * The message is meant for the caller: it names the parameter and says what is wrong, in English. A refusal
 * made from a {@link Refusal} also carries its key and arguments, so that an interface can say it in the
 * member's language.
 */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final transient Refusal refusal;
    private final transient List<Object> arguments;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
        this.refusal = null;
        this.arguments = List.of();
    }

    /** A refusal for {@code refusal}'s reason, its arguments (values, limits, names) filled into its wording. */
    public InvalidRequestException(String parameter, Refusal refusal, Object... arguments) {
        super(refusal.english(arguments));
        this.parameter = parameter;
        this.refusal = refusal;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** The request parameter at fault, e.g. {@code size} or {@code country}. */
    public String parameter() {
        return parameter;
    }

    /** Why, as a key an interface can translate; empty when the message is all there is. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** What the refusal's wording names, in its placeholders' order. */
    public List<Object> arguments() {
        return arguments;
    }
}
