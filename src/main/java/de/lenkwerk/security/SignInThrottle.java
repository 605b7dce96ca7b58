package de.lenkwerk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing down without locking people out. Three counters of recent failures: per client address, per user
 * name (normalised, so unknown names count exactly like real ones) and per pair of both. After a few free failures
 * every further attempt of an address or a name must wait a delay that doubles with each failure, up to a cap; an
 * attempt before that is refused without looking at the password. After {@code lock-after} failures the pair is
 * locked for some minutes: that address cannot sign in to that name, every other address still can. A success
 * clears the name's and the pair's counters; the address keeps its count. Counters are forgotten after a quiet
 * window. Kept in memory (one node): a restart lifts everything, which is no worse than the lock running out.
 */
@Component
class SignInThrottle {

    private static final int MAX_ENTRIES = 100_000;

    record Refusal(boolean locked, Instant until) {
    }

    private static final class Counter {
        int failures;
        Instant lastFailure;
        Instant lockedUntil;
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockDuration;
    private final int freePerName;
    private final Duration maxDelayPerName;
    private final int freePerAddress;
    private final Duration maxDelayPerAddress;
    private final Duration window;

    SignInThrottle(Clock clock,
                   @Value("${lenkwerk.security.max-failed-logins:5}") int lockAfter,
                   @Value("${lenkwerk.security.lock-minutes:15}") int lockMinutes,
                   @Value("${lenkwerk.security.throttle.free-per-name:3}") int freePerName,
                   @Value("${lenkwerk.security.throttle.max-delay-per-name:PT30S}") Duration maxDelayPerName,
                   @Value("${lenkwerk.security.throttle.free-per-address:10}") int freePerAddress,
                   @Value("${lenkwerk.security.throttle.max-delay-per-address:PT60S}") Duration maxDelayPerAddress,
                   @Value("${lenkwerk.security.throttle.window:PT15M}") Duration window) {
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
        this.freePerName = freePerName;
        this.maxDelayPerName = maxDelayPerName;
        this.freePerAddress = freePerAddress;
        this.maxDelayPerAddress = maxDelayPerAddress;
        this.window = window;
    }

    /** Whether an attempt for this name from this address may check its password now; empty if it may. */
    Optional<Refusal> refusal(String name, String address) {
        var now = clock.instant();
        var pair = counter(pairKey(name, address), now);
        if (pair != null && pair.lockedUntil != null && pair.lockedUntil.isAfter(now)) {
            return Optional.of(new Refusal(true, pair.lockedUntil));
        }
        var byName = waitUntil(counter(nameKey(name), now), freePerName, maxDelayPerName);
        var byAddress = waitUntil(counter(addressKey(address), now), freePerAddress, maxDelayPerAddress);
        var until = later(byName, byAddress);
        return until != null && until.isAfter(now) ? Optional.of(new Refusal(false, until)) : Optional.empty();
    }

    /** Counts a failed password check; returns the end of the pair's lock if this failure locked it. */
    Optional<Instant> failed(String name, String address) {
        var now = clock.instant();
        if (counters.size() > MAX_ENTRIES) {
            forgetQuiet(now);
        }
        count(nameKey(name), now);
        count(addressKey(address), now);
        var pair = count(pairKey(name, address), now);
        synchronized (pair) {
            if (pair.failures >= lockAfter) {
                pair.failures = 0;
                pair.lockedUntil = now.plus(lockDuration);
                return Optional.of(pair.lockedUntil);
            }
        }
        return Optional.empty();
    }

    void succeeded(String name, String address) {
        counters.remove(nameKey(name));
        counters.remove(pairKey(name, address));
    }

    /** The administrator lifts every lock and delay of this name, from every address. */
    void lift(String name) {
        var prefix = "p:" + name + "\u0000";
        counters.keySet().removeIf(key -> key.startsWith(prefix) || key.equals(nameKey(name)));
    }

    /** The latest end of a lock on this name from any address, for the administration's list. */
    Optional<Instant> lockedUntil(String name) {
        var now = clock.instant();
        var prefix = "p:" + name + "\u0000";
        return counters.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getValue().lockedUntil).filter(u -> u != null && u.isAfter(now))
                .max(Instant::compareTo);
    }

    private Counter count(String key, Instant now) {
        var counter = counters.compute(key, (k, c) -> {
            var result = c == null || quiet(c, now) ? new Counter() : c;
            result.failures++;
            result.lastFailure = now;
            return result;
        });
        return counter;
    }

    /** The counter, or null when there is none or it has been quiet long enough to be forgotten. */
    private Counter counter(String key, Instant now) {
        var counter = counters.get(key);
        if (counter != null && quiet(counter, now)) {
            counters.remove(key, counter);
            return null;
        }
        return counter;
    }

    private boolean quiet(Counter counter, Instant now) {
        var locked = counter.lockedUntil != null && counter.lockedUntil.isAfter(now);
        return !locked && counter.lastFailure != null && counter.lastFailure.plus(window).isBefore(now);
    }

    /** No wait for the free failures, then 1 s, 2 s, 4 s … up to the cap after the last failure. */
    private static Instant waitUntil(Counter counter, int free, Duration max) {
        if (counter == null || counter.failures <= free) {
            return null;
        }
        var exponent = Math.min(counter.failures - free - 1, 30);
        var delay = Duration.ofSeconds(1L << exponent);
        return counter.lastFailure.plus(delay.compareTo(max) > 0 ? max : delay);
    }

    private void forgetQuiet(Instant now) {
        counters.entrySet().removeIf(e -> quiet(e.getValue(), now));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String nameKey(String name) {
        return "n:" + name;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String pairKey(String name, String address) {
        return "p:" + name + "\u0000" + address;
    }
}
