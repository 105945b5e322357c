package org.resourcelibrary.indexer.ingest;

import org.resourcelibrary.indexer.extract.FailureReason;

/** An uploaded file from which no text could be extracted; nothing was stored. */
public final class ExtractionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public ExtractionFailedException(FailureReason reason, String detail) {
        super(reason.code() + (detail == null ? "" : ": " + detail));
        this.reason = reason;
    }

    /** Why: {@code encrypted} and {@code corrupt} are the file's fault, {@code unsupported} its type's. */
    public FailureReason reason() {
        return reason;
    }
}
