package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.adapter.redis.TestLeases;
import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.ReplyPosted;
import dev.threatmodelbot.application.SessionStore;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * Whether a session stays as cheap to work on as it grows: the time to process one answer and the bytes it
 * makes Redis write, in a session of 10 answers and in one of 500 answers and 2,000 comments, both grown by the
 * real core ({@link GrowingSession}) and then stored with the real Redis store. Each answer is processed as a
 * worker does it (holding the session's lease: load, apply, save, deliver to a fake chat, save) by a store that
 * processed the session's previous event ("warm"), and by a store new to the session ("cold": another replica,
 * or the first event after a restart). Run through bench/session-growth.sh.
 *
 * <p>Args: eval case (husky-ai), answers measured per size (9).
 */
public final class SessionGrowthBench {
    static final Path RESULTS = Path.of("bench", "results", "session-growth.md");
    private static final Pacing PACING = new Pacing(Duration.ofHours(24), 2, 1000, EnumSet.allOf(DayOfWeek.class),
            200);
    private static final int WARMUP = 3;

    private SessionGrowthBench() {}

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? args[0] : "husky-ai", args.length > 1 ? Integer.parseInt(args[1]) : 9);
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    record Size(String label, Session session) {}

    record Figures(Size size, long memory, double coreMs, double warmMs, double coldMs, double written, double writtenPerSave,
            double sent, double commands) {}

    private static void run(String caseName, int trials) throws Exception {
        String design = Files.readString(Path.of("eval", "cases", caseName, "design.md"));
        SteppingClock clock = new SteppingClock(ScriptedInterview.START);
        GrowingSession grower = new GrowingSession(design, clock);
        InMemorySessionStore memory = new InMemorySessionStore();
        ProcessEvent inMemory = process(memory, clock);
        long began = System.nanoTime();
        grower.start(inMemory);
        grower.grow(memory, inMemory, 10, 0);
        Size small = new Size("10 answers", memory.find(GrowingSession.ID).orElseThrow());
        grower.grow(memory, inMemory, 500, 2000);
        Size big = new Size("500 answers, 2,000 comments", memory.find(GrowingSession.ID).orElseThrow());
        long grownSeconds = (System.nanoTime() - began) / 1_000_000_000L;
        System.err.printf("grown in %d s%n", grownSeconds);
        List<Figures> figures = new ArrayList<>();
        try (RedisClient redis = TestRedis.client()) {
            measure(redis, small, grower, clock, 2); // warm-up: class loading and JIT
            figures.add(measure(redis, small, grower, clock, trials));
            figures.add(measure(redis, big, grower, clock, trials));
        }
        String report = SessionGrowthReport.render(System.getenv().getOrDefault("BENCH_COMMAND",
                "bench/session-growth.sh " + caseName + " " + trials), caseName, grownSeconds, trials, figures);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
        System.err.println("written " + RESULTS.toAbsolutePath());
    }

    private static ProcessEvent process(SessionStore store, SteppingClock clock) {
        return new ProcessEvent(store, new FakeChat(), YamlQuestionBank.packaged(), ScriptedInterview.ENGINE,
                (title, model) -> new byte[0], PACING, clock);
    }

    /**
     * Stores the session under a fresh prefix, then processes answers: timed warm and cold with nothing else
     * watching Redis, then again under MONITOR for the bytes. Medians of {@code trials} each.
     */
    private static Figures measure(RedisClient redis, Size size, GrowingSession grower, SteppingClock clock,
            int trials) throws Exception {
        String prefix = TestRedis.freshPrefix();
        RedisKeys keys = new RedisKeys(prefix);
        RedisSessionStore warm = new RedisSessionStore(redis, keys, Duration.ofDays(180), clock);
        try {
            try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
                warm.save(size.session(), List.of());
            }
            long memory = RedisChatterBench.memory(prefix);
            ProcessEvent warmProcess = process(warm, clock);
            List<Double> warmMs = new ArrayList<>();
            for (int i = 0; i < WARMUP + trials; i++) {
                try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
                    ReplyPosted answer = grower.answer(grower.openQuestion(warm));
                    long t = System.nanoTime();
                    warmProcess.process(answer);
                    if (i >= WARMUP) {
                        warmMs.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
            List<Double> coldMs = new ArrayList<>();
            for (int i = 0; i < trials; i++) {
                try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
                    ReplyPosted answer = grower.answer(grower.openQuestion(warm));
                    RedisSessionStore cold = new RedisSessionStore(redis, keys, Duration.ofDays(180), clock);
                    ProcessEvent coldProcess = process(cold, clock);
                    long t = System.nanoTime();
                    coldProcess.process(answer);
                    coldMs.add((System.nanoTime() - t) / 1e6);
                }
                try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
                    warm.find(GrowingSession.ID); // the warm store catches up with what the cold one wrote
                }
            }
            List<RedisTraffic.Tally> tallies = new ArrayList<>();
            try (RedisTraffic traffic = new RedisTraffic(prefix)) {
                for (int i = 0; i < trials; i++) {
                    try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
                        ReplyPosted answer = grower.answer(grower.openQuestion(warm));
                        traffic.cut(redis);
                        warmProcess.process(answer);
                        tallies.add(traffic.cut(redis));
                    }
                }
            }
            return new Figures(size, memory, coreOnly(size, grower, clock, trials), median(warmMs), median(coldMs),
                    median(tallies.stream().map(x -> (double) x.written).toList()),
                    median(tallies.stream().map(x -> (double) x.written / Math.max(1, x.saves)).toList()),
                    median(tallies.stream().map(x -> (double) x.sent).toList()),
                    median(tallies.stream().map(x -> (double) x.commands).toList()));
        } finally {
            RedisCleanup.deletePrefix(prefix);
        }
    }

    /** The same answers with the session in memory: the core's own share, no store at all. */
    private static double coreOnly(Size size, GrowingSession grower, SteppingClock clock, int trials) {
        InMemorySessionStore store = new InMemorySessionStore();
        store.save(size.session(), List.of());
        ProcessEvent process = process(store, clock);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < WARMUP + trials; i++) {
            ReplyPosted answer = grower.answer(grower.openQuestion(store));
            long t = System.nanoTime();
            process.process(answer);
            if (i >= WARMUP) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return median(ms);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
