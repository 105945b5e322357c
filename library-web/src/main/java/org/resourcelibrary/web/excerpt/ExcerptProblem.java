package org.resourcelibrary.web.excerpt;

/** Why pages could not be cut from an original: a value the endpoint turns into the right status. */
public final class ExcerptProblem extends Exception {

    /** What went wrong. */
    public enum Reason {
        /** A page named is past the original's last page. */
        OUT_OF_RANGE,
        /** The original cannot be read as a PDF, or forbids copying its pages. */
        UNREADABLE
    }

    private final Reason reason;

    ExcerptProblem(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
