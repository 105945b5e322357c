package org.resourcelibrary.benchmarks.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * HotSpot's just-in-time compiler in this process, for warming an in-process target until the compiler is done
 * with the code the mix runs. Measured while C2 is still compiling, a run's QPS and CPU per query include the
 * compiler's work, and a build with more code on its search path looks slower than it is once warm: a server
 * answers members for hours, so the figure that matters is the settled one.
 */
final class JitCompiler {

    /** How long each extra round of warming lasts before the compiler's share of it is looked at. */
    static final Duration SLICE = Duration.ofSeconds(5);
    /** The compiler's time, as a share of a slice's wall time, under which it counts as settled. */
    static final double SETTLED_SHARE = 0.05;
    /** The most warming the settling may add to the warm-up asked for: a compiler that never settles is reported. */
    static final Duration MOST = Duration.ofSeconds(120);

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private JitCompiler() {
    }

    /** Whether {@code target} runs in this process, so that this process's compiler is the one doing its work. */
    static boolean compiles(Target target) {
        return target.pid() == ProcessHandle.current().pid() && millis() >= 0;
    }

    /** Milliseconds spent compiling in this JVM so far (all compiler threads), or -1 when the JVM does not say. */
    static long millis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
                ? COMPILER.getTotalCompilationTime() : -1;
    }

    /** Whether a slice of {@code sliceMillis} during which the compiler spent {@code compiledMillis} was settled. */
    static boolean settled(long compiledMillis, long sliceMillis) {
        return compiledMillis <= SETTLED_SHARE * sliceMillis;
    }
}
