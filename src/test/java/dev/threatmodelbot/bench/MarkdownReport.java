package dev.threatmodelbot.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as Markdown: printed to the console and written to bench/results/ack-latency.md. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(String command, int warmup, Map<String, String> facts, List<LoadResult> results,
            List<LoadResult> perRound, List<String> notes) {
        StringBuilder md = new StringBuilder("# Ack latency of `POST /slack/events` (thread replies)\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Warmup: ").append(warmup).append(" requests per target before measuring (not counted)\n");
        facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Results\n");
        md.append("\n| target | requests | concurrency | p50 ms | p90 ms | p99 ms | max ms | throughput req/s | non-200 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %d |%n",
                    r.target(), r.requests(), r.concurrency(), r.percentileMs(50), r.percentileMs(90),
                    r.percentileMs(99), r.maxMs(), r.throughput(), r.failed()));
        }
        LoadResult bare = find(results, "bare Bolt");
        LoadResult durable = find(results, "durable");
        if (bare != null && durable != null) {
            md.append(String.format(Locale.ROOT, "%nRatio durable / bare: p50 %.2fx, p99 %.2fx, throughput %.2fx%n",
                    durable.percentileMs(50) / bare.percentileMs(50), durable.percentileMs(99) / bare.percentileMs(99),
                    durable.throughput() / bare.throughput()));
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n### Per round (shows how far the JIT was from steady state)\n\n");
        md.append("| round | target | requests | p50 ms | p99 ms | throughput req/s |\n|---:|---|---:|---:|---:|---:|\n");
        int targets = results.size();
        for (int i = 0; i < perRound.size(); i++) {
            LoadResult r = perRound.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.2f | %.2f | %.0f |%n", i / targets + 1,
                    r.target(), r.requests(), r.percentileMs(50), r.percentileMs(99), r.throughput()));
        }
        return md.append('\n').append(EXPLANATION.formatted(Runtime.getRuntime().availableProcessors(), Rounds.ROUNDS)).toString();
    }

    private static LoadResult find(List<LoadResult> results, String target) {
        return results.stream().filter(r -> r.target().equals(target)).findFirst().orElse(null);
    }

    private static final String EXPLANATION = """
            ## What is measured

            Each request is a signed Events API `event_callback` carrying a `message` reply in a thread, with a
            fresh `event_id` and `ts`, sent by a non-participant. Latency is end-to-end over loopback HTTP
            (127.0.0.1): from just before `HttpClient.send` to the full response, in a closed loop of
            `concurrency` client threads, on a %d-core machine that the load generator, Jetty, the service and
            Redis all share, so client and server compete for the CPU. Requests are signed before the clock
            starts. Both targets run in one JVM, are warmed up first, then measured in %d rounds that
            alternate their order (bare, durable, durable, bare, ...) so JIT drift does not favour either;
            each row merges a target's rounds (throughput = its requests / its measured wall time).

            - **bare Bolt**: a Bolt `App` with the same signing secret and Bolt settings as the service, whose
              `message` handler only returns `ctx.ack()`, behind `SlackAppServlet` on Jetty 12 (ee10). This is
              the floor: Bolt's signature check, JSON parsing and dispatch.
            - **durable**: the real service. Before it acks, Bolt verifies the signature, then the handler
              looks the thread up (one Redis `GET` of the thread → session key) and records the reply with one
              Lua `EVAL` that does `SET NX EX` of the event's dedupe key and, only if that was new, `XADD` to the
              inbox stream. The ack is sent only after that script returned, so an acked event is never lost.
              Applying the reply to the session happens later on the inbox workers, off the ack path; they do
              run in the same JVM during the measurement, as they would in production. All replies go to one
              session, whose stored document grows with every comment, so the workers' catch-up times in the
              notes grow from round to round; they are not a figure for the workers' throughput.
            - Few warmup requests leave the JIT short of steady state (see the per-round table); a larger
              warmup, e.g. `bench/ack-latency.sh 3000 8 3000`, gives steadier numbers.
            """;
}
