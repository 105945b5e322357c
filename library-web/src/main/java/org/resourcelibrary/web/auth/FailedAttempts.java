package org.resourcelibrary.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-in attempts per client address. The first {@value #FREE_FAILURES} failures cost nothing; each one
 * after that blocks the address for twice as long as the one before ({@link #FIRST_BLOCK} up to
 * {@link #MAX_BLOCK}), so guessing a token is hopeless while a librarian who mistypes is barely slowed.
 * An address is forgotten {@link #FORGET_AFTER} after its last failure, or at once on a success.
 */
public final class FailedAttempts {

    /** Failures allowed before an address is blocked. */
    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_BLOCK = Duration.ofSeconds(1);
    public static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Most addresses remembered; past it, forgotten ones are swept out first. */
    public static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final Map<String, Record> byAddress = new ConcurrentHashMap<>();

    public FailedAttempts(Clock clock) {
        this.clock = clock;
    }

    public FailedAttempts() {
        this(Clock.systemUTC());
    }

    /** How long {@code address} must still wait before trying again, if it is blocked. */
    public Optional<Duration> blockedFor(String address) {
        Record record = byAddress.get(address);
        Instant now = clock.instant();
        if (record == null || record.blockedUntil == null || !now.isBefore(record.blockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, record.blockedUntil));
    }

    /** Records a failed attempt from {@code address}. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES) {
            sweep(now);
        }
        byAddress.compute(address, (key, old) -> {
            int failures = old == null || old.forgotten(now) ? 1 : old.failures + 1;
            Instant blockedUntil = failures > FREE_FAILURES ? now.plus(block(failures - FREE_FAILURES)) : null;
            return new Record(failures, now, blockedUntil);
        });
    }

    /** A successful attempt clears the address's record. */
    public void succeeded(String address) {
        byAddress.remove(address);
    }

    static Duration block(int excessFailures) {
        int doublings = Math.min(excessFailures - 1, 30);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block;
    }

    private void sweep(Instant now) {
        byAddress.values().removeIf(record -> record.forgotten(now));
        if (byAddress.size() >= MAX_ADDRESSES) {
            // Still full of recent failures (an attack from many addresses): start over rather than grow.
            byAddress.clear();
        }
    }

    private record Record(int failures, Instant lastFailure, Instant blockedUntil) {
        boolean forgotten(Instant now) {
            return !now.isBefore(lastFailure.plus(FORGET_AFTER));
        }
    }
}
