package dev.threatmodelbot.bench;

import java.util.Arrays;
import java.util.List;

/** What one measured phase produced: per-request latencies, wall time and failed requests. */
record LoadResult(String target, int concurrency, long[] latencyNanos, long wallNanos, int non200, int errors) {

    LoadResult {
        latencyNanos = latencyNanos.clone();
        Arrays.sort(latencyNanos);
    }

    /** Several measured rounds of one target as one result: all latencies, and the wall time they took. */
    static LoadResult merge(List<LoadResult> rounds) {
        long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latencyNanos)).toArray();
        return new LoadResult(rounds.get(0).target(), rounds.get(0).concurrency(), all,
                rounds.stream().mapToLong(LoadResult::wallNanos).sum(),
                rounds.stream().mapToInt(LoadResult::non200).sum(), rounds.stream().mapToInt(LoadResult::errors).sum());
    }

    int requests() {
        return latencyNanos.length;
    }

    /** Nearest-rank percentile in milliseconds; no interpolation, so p99 is a latency that really happened. */
    double percentileMs(double p) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * latencyNanos.length);
        return latencyNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMs() {
        return latencyNanos.length == 0 ? Double.NaN : latencyNanos[latencyNanos.length - 1] / 1e6;
    }

    double throughput() {
        return latencyNanos.length / (wallNanos / 1e9);
    }

    /** Transport failures (timeouts, resets) count as non-200 too: the platform would see no ack either way. */
    int failed() {
        return non200 + errors;
    }
}
