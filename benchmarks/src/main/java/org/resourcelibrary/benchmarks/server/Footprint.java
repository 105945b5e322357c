package org.resourcelibrary.benchmarks.server;

import java.util.Locale;
import org.resourcelibrary.benchmarks.Machine;

/**
 * A server's resident memory at one moment: the total ({@code VmRSS}), split into anonymous memory (heap, thread
 * stacks, native buffers) and mapped files (index files read through the page cache, jars), and its peak so far.
 */
public record Footprint(long rssBytes, long anonymousBytes, long fileBytes, long peakBytes) {

    public static Footprint of(long pid) {
        return new Footprint(Machine.residentBytes(pid).orElse(-1), Machine.residentAnonymousBytes(pid).orElse(-1),
                Machine.residentFileBytes(pid).orElse(-1), Machine.peakResidentBytes(pid).orElse(-1));
    }

    public String line() {
        return String.format(Locale.ROOT, "RSS %.0f MB (anonymous %.0f MB, mapped files %.0f MB), peak %.0f MB",
                rssBytes / 1e6, anonymousBytes / 1e6, fileBytes / 1e6, peakBytes / 1e6);
    }
}
