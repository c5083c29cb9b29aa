package dev.threatmodelbot.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ack latency of {@code POST /slack/events} for thread replies: the durable service against a bare
 * Bolt app on the same Jetty, same payloads, same client, one JVM. Run through bench/ack-latency.sh.
 *
 * <p>Args: requests (3000), concurrency (8), warmup (500).
 */
public final class AckLatencyBench {
    static final Path RESULTS = Path.of("bench", "results", "ack-latency.md");

    private AckLatencyBench() {}

    public static void main(String[] args) {
        // Before any logger exists: the service logs at INFO per event otherwise, which would be measured too.
        if (System.getProperty("LOG_LEVEL") == null) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
        int status = 1;
        try {
            run(arg(args, 0, 3000), arg(args, 1, 8), arg(args, 2, 500));
            status = 0;
        } catch (Exception | AssertionError e) { // AssertionError: a target that never settled
            e.printStackTrace();
        }
        // Jetty, WireMock, OkHttp and the service's workers leave threads behind; make sure the run ends.
        System.exit(status);
    }

    private static void run(int requests, int concurrency, int warmup) throws Exception {
        if (requests < 1 || concurrency < 1 || warmup < 0) {
            throw new IllegalArgumentException("usage: requests>=1 concurrency>=1 warmup>=0");
        }
        String command = System.getenv().getOrDefault("BENCH_COMMAND",
                "bench/ack-latency.sh " + requests + " " + concurrency + " " + warmup);
        Map<String, String> facts = MachineFacts.collect();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LoadGenerator load = new LoadGenerator(http, concurrency);
        List<LoadResult> results = new ArrayList<>();
        List<LoadResult> perRound = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (BareBoltTarget bare = new BareBoltTarget(); DurableTarget durable = new DurableTarget()) {
            warm(load, bare, warmup, notes);
            warm(load, durable, warmup, notes);
            results.addAll(Rounds.measure(load, List.of(bare, durable), requests, perRound, notes));
        }
        String report = MarkdownReport.render(command, warmup, facts, results, perRound, notes);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
        System.err.println("written " + RESULTS.toAbsolutePath());
    }

    /** Warms both targets before either is measured: they share Bolt, Jetty and the client, so JIT work is shared. */
    private static void warm(LoadGenerator load, Target target, int warmup, List<String> notes)
            throws InterruptedException {
        if (warmup == 0) {
            return;
        }
        System.err.printf("%s: %d warmup requests%n", target.name(), warmup);
        LoadResult w = load.run(target, warmup);
        if (w.failed() > 0) {
            notes.add(target.name() + ": " + w.failed() + " warmup requests failed");
        }
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i && !args[i].isBlank() ? Integer.parseInt(args[i].trim()) : fallback;
    }
}
