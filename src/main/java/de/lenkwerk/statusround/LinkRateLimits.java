package de.lenkwerk.statusround;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often a personal link may be used, so that tokens cannot be guessed and one link cannot flood the server:
 * requests per token, requests per client address, and failed lookups (unknown or ended tokens) per client address,
 * each counted in a fixed window of the injected clock. Bounded in memory: the oldest keys are dropped first, so a
 * flood of new addresses cannot fill the heap. Per node; behind a load balancer each node counts for itself.
 */
@Component
class LinkRateLimits {

    /** Keys kept per kind; beyond this the least recently used one is forgotten. */
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Duration window;
    private final int perToken;
    private final int perAddress;
    private final int failuresPerAddress;
    private final Window tokens = new Window();
    private final Window addresses = new Window();
    private final Window failures = new Window();

    LinkRateLimits(Clock clock,
                   @Value("${lenkwerk.status-link.rate.window:PT10M}") Duration window,
                   @Value("${lenkwerk.status-link.rate.per-token:60}") int perToken,
                   @Value("${lenkwerk.status-link.rate.per-address:120}") int perAddress,
                   @Value("${lenkwerk.status-link.rate.failures-per-address:10}") int failuresPerAddress) {
        this.clock = clock;
        this.window = window;
        this.perToken = perToken;
        this.perAddress = perAddress;
        this.failuresPerAddress = failuresPerAddress;
    }

    /**
     * Counts one request and says whether it may go on: refused when the address already failed too often, or the
     * token or the address used up its window.
     */
    boolean tryRequest(String tokenHash, String address) {
        var now = clock.instant();
        if (failures.count(address, now) >= failuresPerAddress) {
            return false;
        }
        var addressOk = addresses.take(address, now, perAddress);
        var tokenOk = tokens.take(tokenHash, now, perToken);
        return addressOk && tokenOk;
    }

    /** A lookup that found no valid link: counts against the address. */
    void failed(String address) {
        failures.take(address, clock.instant(), Integer.MAX_VALUE);
    }

    /** Fixed windows per key, least recently used keys dropped beyond {@link #MAX_KEYS}. */
    private final class Window {

        private final Map<String, long[]> counts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > MAX_KEYS;
            }
        };

        /** [window start in epoch millis, count] */
        private synchronized long[] current(String key, Instant now) {
            var entry = counts.computeIfAbsent(key == null ? "" : key, k -> new long[]{now.toEpochMilli(), 0});
            if (now.toEpochMilli() - entry[0] >= window.toMillis() || now.toEpochMilli() < entry[0]) {
                entry[0] = now.toEpochMilli();
                entry[1] = 0;
            }
            return entry;
        }

        synchronized int count(String key, Instant now) {
            return (int) current(key, now)[1];
        }

        synchronized boolean take(String key, Instant now, int limit) {
            var entry = current(key, now);
            if (entry[1] >= limit) {
                return false;
            }
            entry[1]++;
            return true;
        }
    }
}
