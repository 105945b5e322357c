package org.resourcelibrary.indexer.extract;

import java.util.Locale;

/** Why a file yielded no text: the short machine words of the ingest report's {@code reason}. */
public enum FailureReason {
    /** Parsing took longer than the per-file timeout; the worker was killed. */
    TIMEOUT("timeout"),
    /** The worker ran out of its heap cap. */
    OUT_OF_MEMORY("out of memory"),
    /** The worker died or failed to start. */
    CRASHED("crashed"),
    /** The file needs a password. */
    ENCRYPTED("encrypted"),
    /** No parser reads this file type. */
    UNSUPPORTED("unsupported"),
    /** A parser read the file and rejected it as malformed. */
    CORRUPT("corrupt"),
    /** The file has no bytes. */
    EMPTY("empty"),
    /** The file does not exist or cannot be read. */
    UNREADABLE("unreadable");

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    /** The report word, e.g. {@code out of memory}. */
    public String code() {
        return code;
    }

    public static FailureReason fromCode(String code) {
        for (FailureReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("Unknown failure reason: " + code.toLowerCase(Locale.ROOT));
    }
}
