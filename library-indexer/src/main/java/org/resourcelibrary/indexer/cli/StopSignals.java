package org.resourcelibrary.indexer.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM during a command that can stop cleanly: the first runs {@code stop} and lets
 * the command end in its own time; a second one runs {@code halt} and ends the process at once. The
 * handlers of before are back when this is closed.
 *
 * <p>{@code sun.misc.Signal} because a shutdown hook cannot do this: once the JVM is shutting down, a second
 * Ctrl-C waits for the first's hooks, and the exit code can no longer be chosen.
 */
final class StopSignals implements AutoCloseable {

    /** A process ended by a signal exits with 128 + the signal's number, as shells expect. */
    static final int SIGNAL_EXIT_BASE = 128;
    private static final String[] NAMES = {"INT", "TERM"};
    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private final Map<Signal, SignalHandler> previous = new ConcurrentHashMap<>();
    private final AtomicReference<Signal> received = new AtomicReference<>();

    private StopSignals() {
    }

    /**
     * Handles SIGINT and SIGTERM until closed.
     *
     * @param stop run (on a signal's thread) at the first signal
     * @param halt run at the second, before the process halts with {@link #exitCode()}
     */
    static StopSignals install(Runnable stop, Runnable halt) {
        StopSignals signals = new StopSignals();
        SignalHandler handler = signal -> {
            if (signals.received.compareAndSet(null, signal)) {
                stop.run();
            } else {
                halt.run();
                Runtime.getRuntime().halt(signals.exitCode());
            }
        };
        for (String name : NAMES) {
            Signal signal = new Signal(name);
            try {
                signals.previous.put(signal, Signal.handle(signal, handler));
            } catch (IllegalArgumentException reserved) {
                // The JVM keeps this signal (-Xrs, or the OS's use): it then ends the run as it always did.
                LOG.debug("SIG{} cannot be handled: {}", name, reserved.getMessage());
            }
        }
        return signals;
    }

    /** The first signal received, if any. */
    Optional<String> received() {
        return Optional.ofNullable(received.get()).map(signal -> "SIG" + signal.getName());
    }

    /** The exit code of a process ended by the first signal received (130 for SIGINT, 143 for SIGTERM). */
    int exitCode() {
        Signal signal = received.get();
        return signal == null ? 0 : SIGNAL_EXIT_BASE + signal.getNumber();
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
