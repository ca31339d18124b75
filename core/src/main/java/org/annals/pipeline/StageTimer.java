package org.annals.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Accumulates wall time per pipeline stage across threads, for {@code annals bench}. */
public final class StageTimer {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    /** Runs {@code work} and charges its time to {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Seconds per stage, in the order stages first ran. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
        return out;
    }

    public void reset() {
        nanos.clear();
        order.clear();
    }
}
