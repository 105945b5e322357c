package org.resourcelibrary.web.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many subscription requests one address may make in a window: the confirmation e-mail goes to whatever
 * address is given, so without a limit the library could be made to flood someone's inbox.
 */
final class AddressLimit {

    static final int MAX_REQUESTS = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Addresses remembered before those with no request in the window are let go. */
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    /** Records a request from {@code address} at {@code now}; false when it is over the limit. */
    boolean allow(String address, Instant now) {
        if (requests.size() > MAX_TRACKED) {
            requests.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().plus(WINDOW).isAfter(now);
                }
            });
        }
        Deque<Instant> times = requests.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= MAX_REQUESTS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
