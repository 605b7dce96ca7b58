package de.lenkwerk.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code lenkwerk.api.rate-limit.requests} requests per token in each window of
 * {@code lenkwerk.api.rate-limit.window-seconds} (fixed windows on the injected clock, so tests are not timed).
 * One small counter per token that was used in the current window; older windows are dropped as they end, so the
 * memory is bounded by the number of tokens in use. Per instance: behind several instances the limit multiplies.
 */
@Component
class ApiRateLimiter {

    private final int requests;
    private final long windowMillis;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${lenkwerk.api.rate-limit.requests:120}") int requests,
                   @Value("${lenkwerk.api.rate-limit.window-seconds:60}") int windowSeconds, Clock clock) {
        if (requests < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("the API rate limit needs at least one request in a window of at least one second");
        }
        this.requests = requests;
        this.windowMillis = windowSeconds * 1000L;
        this.clock = clock;
    }

    private record Window(long start, int used) {
    }

    /** Counts one request of the token. @return empty if it may go on, else the seconds until it may try again */
    OptionalLong acquire(long tokenId) {
        var now = clock.millis();
        var start = now - Math.floorMod(now, windowMillis);
        var window = windows.compute(tokenId, (id, current) -> current == null || current.start() != start
                ? new Window(start, 1) : new Window(start, current.used() == Integer.MAX_VALUE
                ? current.used() : current.used() + 1));
        if (windows.size() > 1000) {
            windows.values().removeIf(w -> w.start() != start);
        }
        if (window.used() <= requests) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (start + windowMillis - now + 999) / 1000));
    }

    int limit() {
        return requests;
    }

    long windowSeconds() {
        return windowMillis / 1000;
    }
}
