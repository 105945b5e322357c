package org.resourcelibrary.web.auth;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.resourcelibrary.web.database.AddressRecords;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * Failed sign-in attempts per client address. The first {@value #FREE_FAILURES} failures cost nothing; each one
 * after that blocks the address for twice as long as the one before ({@link #FIRST_BLOCK} up to
 * {@link #MAX_BLOCK}), so guessing a token is hopeless while a librarian who mistypes is barely slowed.
 * An address is forgotten {@link #FORGET_AFTER} after its last failure, or at once on a success. Counted in the
 * library database, an address's failures through every web node sharing it add up.
 */
public final class FailedAttempts {

    /** Failures allowed before an address is blocked. */
    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_BLOCK = Duration.ofSeconds(1);
    public static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Most addresses remembered; past it, forgotten ones are swept out first. */
    public static final int MAX_ADDRESSES = 100_000;
    /** The name the failures are kept under in the library database. */
    static final String FEATURE = "failed-sign-ins";

    private final AddressRecords records;
    private final Clock clock;

    private FailedAttempts(AddressRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Failures counted in this process only. */
    public FailedAttempts(Clock clock) {
        this(AddressRecords.inMemory(MAX_ADDRESSES), clock);
    }

    public FailedAttempts() {
        this(Clock.systemUTC());
    }

    /** Failures counted in {@code database}, together with every web node's that shares it. */
    public static FailedAttempts in(LibraryDatabase database, Clock clock) throws SQLException {
        return new FailedAttempts(AddressRecords.in(database, FEATURE, MAX_ADDRESSES), clock);
    }

    /** How long {@code address} must still wait before trying again, if it is blocked. */
    public Optional<Duration> blockedFor(String address) {
        Instant now = clock.instant();
        return records.find(address, now).map(Failures::parse).map(Failures::blockedUntil)
                .filter(now::isBefore).map(until -> Duration.between(now, until));
    }

    /** Records a failed attempt from {@code address}. */
    public void failed(String address) {
        Instant now = clock.instant();
        records.change(address, now, old -> {
            int failures = old.map(Failures::parse).map(Failures::count).orElse(0) + 1;
            Instant blockedUntil = failures > FREE_FAILURES ? now.plus(block(failures - FREE_FAILURES)) : now;
            return new AddressRecords.Entry(new Failures(failures, blockedUntil).format(), now.plus(FORGET_AFTER));
        });
    }

    /** A successful attempt clears the address's record. */
    public void succeeded(String address) {
        records.forget(address);
    }

    static Duration block(int excessFailures) {
        int doublings = Math.min(excessFailures - 1, 30);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block;
    }

    /** An address's failures since it was last forgotten, and until when it is blocked (its last failure if not). */
    private record Failures(int count, Instant blockedUntil) {

        static Failures parse(String state) {
            String[] parts = state.split(" ");
            return new Failures(Integer.parseInt(parts[0]), Instant.parse(parts[1]));
        }

        String format() {
            return count + " " + blockedUntil;
        }
    }
}
