package org.resourcelibrary.indexer.extract;

import java.time.Duration;
import java.util.Objects;
import org.resourcelibrary.core.store.ExtractedText;

/**
 * The outcome of extracting one file: its text, or why there is none.
 *
 * @param status  {@link Status#OK} with {@code text}, or {@link Status#FAILED} with {@code reason}
 * @param reason  why the file failed; {@code null} when OK
 * @param detail  a human explanation of the failure (the parser's message); {@code null} when OK
 * @param text    the text, page by page, and the parser's metadata; {@code null} when failed
 * @param elapsed wall time spent on the file, including any wait for a worker to start
 */
public record ExtractionResult(Status status, FailureReason reason, String detail, ExtractedText text,
                               Duration elapsed) {

    public enum Status { OK, FAILED }

    public ExtractionResult {
        Objects.requireNonNull(status, "status");
        if (status == Status.OK) {
            Objects.requireNonNull(text, "text");
        } else {
            Objects.requireNonNull(reason, "reason");
        }
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    public static ExtractionResult ok(ExtractedText text) {
        return new ExtractionResult(Status.OK, null, null, text, Duration.ZERO);
    }

    public static ExtractionResult failed(FailureReason reason, String detail) {
        return new ExtractionResult(Status.FAILED, reason, detail, null, Duration.ZERO);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** This result with the content hash filled in and the time it took. */
    ExtractionResult completed(String sha256, Duration took) {
        ExtractedText withHash = text == null ? null
                : new ExtractedText(sha256, text.mediaType(), text.pages(), text.paged(), text.metadata(),
                        text.truncated(), text.ocr());
        return new ExtractionResult(status, reason, detail, withHash, took);
    }
}
