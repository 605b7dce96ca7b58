package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionScope;
import de.lenkwerk.dashboard.DashboardRecords.Overview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The dashboards' figures per scope (who sees what, through which filter, on which day), kept between two changes:
 * the start page is visited far more often than actions change. Any event of the application (an action changed,
 * reported, measured, decided, handed over …) empties it, once when it is published and once more when its
 * transaction commits, so that a figure computed in between is not kept. What changes without an event (the nightly
 * re-evaluation of the traffic lights, a renamed body) shows after at most {@code lenkwerk.dashboard.cache-seconds}.
 *
 * <p>A figure computed while a change happened is handed out but not kept (the generation counter), so the cache
 * never holds figures older than the last change it heard of.
 */
@Component
class DashboardCache {

    /** Scopes kept at most: users × filters in use; the oldest goes first. */
    static final int MAX_ENTRIES = 500;

    private final Clock clock;
    private final Duration timeToLive;
    private final AtomicLong generation = new AtomicLong();
    private final Map<ActionScope.Key, Kept> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ActionScope.Key, Kept> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Kept(Overview overview, Instant computedAt) {
    }

    DashboardCache(Clock clock, @Value("${lenkwerk.dashboard.cache-seconds:60}") long seconds) {
        this.clock = clock;
        this.timeToLive = Duration.ofSeconds(Math.max(0, seconds));
    }

    /** The scope's overview as kept, or computed now (and kept unless something changed meanwhile). */
    Overview overview(ActionScope scope, Supplier<Overview> compute) {
        var key = scope.key();
        var now = Instant.now(clock);
        synchronized (entries) {
            var kept = entries.get(key);
            if (kept != null && kept.computedAt().plus(timeToLive).isAfter(now)) {
                return kept.overview();
            }
        }
        var before = generation.get();
        var overview = compute.get();
        synchronized (entries) {
            if (generation.get() == before && !timeToLive.isZero()) {
                entries.put(key, new Kept(overview, now));
            }
        }
        return overview;
    }

    /** Forgets every kept overview. */
    void clear() {
        generation.incrementAndGet();
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @EventListener
    void onEvent(Object event) {
        if (isOwn(event)) {
            clear();
        }
    }

    @TransactionalEventListener
    void afterCommit(Object event) {
        if (isOwn(event)) {
            clear();
        }
    }

    /** The application's own events (its records), not the framework's (requests handled, context refreshed). */
    private static boolean isOwn(Object event) {
        var payload = event instanceof PayloadApplicationEvent<?> p ? p.getPayload() : event;
        return payload.getClass().getName().startsWith("de.lenkwerk.");
    }
}
