package de.lenkwerk.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Durations per step, errors by kind and the number of HTTP requests, collected from all users. */
final class LoadStatistics {

    private final Map<String, List<Long>> nanos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<Long>> bytes = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> wireBytes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean recording = true;

    void request() {
        if (recording) {
            requests.incrementAndGet();
        }
    }

    void step(String name, long durationNanos, long responseBytes, long sentBytes) {
        if (!recording) {
            return;
        }
        nanos.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(durationNanos);
        bytes.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(responseBytes);
        wireBytes.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(sentBytes);
    }

    void error(String step, String message) {
        var kind = step + ": " + message.replaceAll("\\d+", "#");
        errors.computeIfAbsent(kind.length() > 160 ? kind.substring(0, 160) : kind, k -> new AtomicLong()).incrementAndGet();
    }

    void stopRecording() {
        recording = false;
    }

    long requests() {
        return requests.get();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, AtomicLong> errors() {
        return errors;
    }

    List<String> stepNames() {
        synchronized (nanos) {
            return List.copyOf(nanos.keySet());
        }
    }

    long pageSteps() {
        synchronized (nanos) {
            return nanos.values().stream().mapToLong(List::size).sum();
        }
    }

    Summary summary(String step) {
        List<Long> values;
        synchronized (nanos) {
            values = new ArrayList<>(nanos.get(step));
        }
        Collections.sort(values);
        List<Long> sizes = new ArrayList<>(bytes.get(step));
        var meanBytes = sizes.stream().mapToLong(Long::longValue).average().orElse(0);
        List<Long> sent = new ArrayList<>(wireBytes.get(step));
        var meanSent = sent.stream().mapToLong(Long::longValue).average().orElse(0);
        return new Summary(values.size(), percentile(values, 50), percentile(values, 95), percentile(values, 99),
                values.isEmpty() ? 0 : values.getLast() / 1e6, (long) meanBytes, (long) meanSent);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    record Summary(int count, double p50, double p95, double p99, double max, long meanBytes, long meanWireBytes) {
    }
}
