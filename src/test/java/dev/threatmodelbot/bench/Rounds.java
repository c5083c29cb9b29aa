package dev.threatmodelbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measured phase, split into rounds that alternate the targets (A B, B A, A B, B A). Measuring one
 * target after the other favoured whichever ran second, because the JIT was still improving the
 * shared Bolt, Jetty and client code; alternating spreads that drift over both.
 */
final class Rounds {
    static final int ROUNDS = 4;

    private Rounds() {}

    /** Returns one merged result per target; every single round is appended to {@code perRound}, in order. */
    static List<LoadResult> measure(LoadGenerator load, List<Target> targets, int requests, List<LoadResult> perRound,
            List<String> notes) throws InterruptedException {
        int rounds = Math.min(ROUNDS, requests);
        Map<Target, List<LoadResult>> byTarget = new LinkedHashMap<>();
        Map<Target, List<Duration>> settled = new LinkedHashMap<>();
        targets.forEach(t -> {
            byTarget.put(t, new ArrayList<>());
            settled.put(t, new ArrayList<>());
        });
        settleAll(targets, null);
        for (int round = 0; round < rounds; round++) {
            int count = requests / rounds + (round < requests % rounds ? 1 : 0);
            List<Target> order = new ArrayList<>(targets);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Target t : order) {
                // From a collected heap, so that one target does not pay for the other's garbage.
                System.gc();
                LoadResult r = load.run(t, count);
                byTarget.get(t).add(r);
                perRound.add(r);
                System.err.printf(Locale.ROOT, "round %d %s: %d requests, p50 %.2f ms, p99 %.2f ms, %.0f req/s%n",
                        round + 1, t.name(), count, r.percentileMs(50), r.percentileMs(99), r.throughput());
                settleAll(List.of(t), settled);
            }
        }
        settled.forEach((t, waits) -> {
            if (waits.stream().anyMatch(d -> d.toMillis() > 0)) {
                notes.add(t.name() + ": after each of its rounds, background work left over from the acked "
                        + "requests took " + waits.stream().map(d -> String.format(Locale.ROOT, "%.1f s",
                                d.toNanos() / 1e9)).collect(Collectors.joining(", "))
                        + " to finish; the next round waited for it, so no round shares the CPU with it");
            }
        });
        return byTarget.values().stream().map(LoadResult::merge).toList();
    }

    private static void settleAll(List<Target> targets, Map<Target, List<Duration>> record) {
        for (Target t : targets) {
            Duration waited = t.settle();
            if (record != null) {
                record.get(t).add(waited);
            }
        }
    }
}
