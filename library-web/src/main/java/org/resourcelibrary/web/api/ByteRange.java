package org.resourcelibrary.web.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single byte range of a {@code Range: bytes=...} request header (RFC 9110 section 14): {@code first-last},
 * {@code first-} or the suffix {@code -length}, clamped to the representation's length.
 *
 * @param first offset of the first byte sent
 * @param last  offset of the last byte sent (inclusive)
 */
record ByteRange(long first, long last) {

    private static final Pattern SPEC = Pattern.compile("(\\d{0,18})-(\\d{0,18})");
    private static final String UNIT = "bytes=";

    /** How a Range header applies to a representation. */
    sealed interface Outcome permits Whole, Partial, Unsatisfiable {
    }

    /** Send the whole representation: no Range, another unit, or several ranges (which a server may ignore). */
    record Whole() implements Outcome {
    }

    record Partial(ByteRange range) implements Outcome {
    }

    /** A 416: the range is malformed or lies beyond the end. */
    record Unsatisfiable() implements Outcome {
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header value for this range of a representation of {@code total} bytes. */
    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    static Outcome parse(String header, long total) {
        if (header == null || !header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            return new Whole();
        }
        String specs = header.substring(UNIT.length()).strip();
        if (specs.contains(",")) {
            return new Whole();
        }
        Matcher matcher = SPEC.matcher(specs);
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new Unsatisfiable();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0 || total == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, total - suffix), total - 1));
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? total - 1 : Long.parseLong(matcher.group(2));
        if (last < first || first >= total) {
            return new Unsatisfiable();
        }
        return new Partial(new ByteRange(first, Math.min(last, total - 1)));
    }
}
