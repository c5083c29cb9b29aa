package dev.threatmodelbot.bench;

import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClient;

/**
 * Whether a session stays as cheap to work on as it grows: the time to process one answer and the bytes it
 * makes Redis write, in a session of 10 answers and in one of 500 answers and 2,000 comments, both grown by the
 * real core ({@link GrowingSession}) and then stored with the real Redis store. Each answer is processed as a
 * worker does it (holding the session's lease: load, apply, save, deliver to a fake chat, save) by a store that
 * processed the session's previous event ("warm"), and by a store new to the session ("cold": another replica,
 * or the first event after a restart). Run through bench/session-growth.sh.
 *
 * <p>Args: eval case (husky-ai), answers measured per size and way (21).
 */
public final class SessionGrowthBench {
    static final Path RESULTS = Path.of("bench", "results", "session-growth.md");
    private static final int WARMUP = 5;

    private SessionGrowthBench() {}

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? args[0] : "husky-ai", args.length > 1 ? Integer.parseInt(args[1]) : 21);
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    record Size(String label, Session session, GrowthRig rig) {}

    /** How an answer is processed: see {@link GrowthRig}. */
    private enum Way {
        WARM,
        CORE,
        COLD
    }

    /** Medians: times in milliseconds (wall clock, and CPU time of the processing thread), bytes, commands. */
    record Figures(Size size, long memory, double coreMs, double warmMs, double coldMs, double coreCpu,
            double warmCpu, double coldCpu, double written, double writtenPerSave, double sent, double commands) {}

    private static void run(String caseName, int trials) throws Exception {
        String design = Files.readString(Path.of("eval", "cases", caseName, "design.md"));
        SteppingClock clock = new SteppingClock(ScriptedInterview.START);
        GrowingSession grower = new GrowingSession(design, clock);
        InMemorySessionStore memory = new InMemorySessionStore();
        ProcessEvent inMemory = GrowthRig.process(memory, clock);
        long began = System.nanoTime();
        grower.start(inMemory);
        grower.grow(memory, inMemory, 10, 0);
        Session small = memory.find(GrowingSession.ID).orElseThrow();
        grower.grow(memory, inMemory, 500, 2000);
        Session big = memory.find(GrowingSession.ID).orElseThrow();
        long grownSeconds = (System.nanoTime() - began) / 1_000_000_000L;
        List<Figures> figures;
        Question asked = small.questions().stream()
                .filter(q -> q.bankId().startsWith("gap:") && q.askedAt().isPresent()).findFirst().orElseThrow();
        try (RedisClient redis = TestRedis.client(); GrowthRig a = new GrowthRig(redis, small, asked, grower, clock);
                GrowthRig b = new GrowthRig(redis, big, asked, grower, clock)) {
            figures = measure(List.of(new Size("10 answers", small, a),
                    new Size("500 answers, 2,000 comments", big, b)), trials);
        }
        String report = SessionGrowthReport.render(System.getenv().getOrDefault("BENCH_COMMAND",
                "bench/session-growth.sh " + caseName + " " + trials), caseName, grownSeconds, trials, figures);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
        System.err.println("written " + RESULTS.toAbsolutePath());
    }

    /**
     * Answers processed warm, then in memory, then cold, then warm under MONITOR; within each way the sessions
     * take turns, so that whatever else the machine does weighs on both sizes alike. A few answers first are
     * not counted. Medians of {@code trials}.
     */
    private static List<Figures> measure(List<Size> sizes, int trials) throws Exception {
        int n = sizes.size();
        Map<Way, List<List<GrowthRig.Timing>>> took = new EnumMap<>(Way.class);
        for (Way way : Way.values()) {
            List<List<GrowthRig.Timing>> perSize = new ArrayList<>();
            sizes.forEach(x -> perSize.add(new ArrayList<>()));
            took.put(way, perSize);
            System.gc(); // what one way left behind is not collected while another is timed
            for (int round = 0; round < WARMUP + trials; round++) {
                for (int i = 0; i < n; i++) {
                    GrowthRig rig = sizes.get(i).rig();
                    GrowthRig.Timing t = switch (way) {
                        case WARM -> rig.warm();
                        case CORE -> rig.core();
                        case COLD -> rig.cold();
                    };
                    if (round >= WARMUP) {
                        perSize.get(i).add(t);
                    }
                }
            }
        }
        List<List<RedisTraffic.Tally>> traffic = new ArrayList<>();
        sizes.forEach(x -> traffic.add(new ArrayList<>()));
        for (int round = 0; round < trials; round++) {
            for (int i = 0; i < n; i++) {
                traffic.get(i).add(sizes.get(i).rig().traffic());
            }
        }
        List<Figures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<RedisTraffic.Tally> t = traffic.get(i);
            int at = i;
            java.util.function.BiFunction<Way, Boolean, Double> time = (way, cpu) -> median(took.get(way).get(at)
                    .stream().map(x -> cpu ? x.cpuMs() : x.wallMs()).toList());
            out.add(new Figures(sizes.get(i), sizes.get(i).rig().memory, time.apply(Way.CORE, false),
                    time.apply(Way.WARM, false), time.apply(Way.COLD, false), time.apply(Way.CORE, true),
                    time.apply(Way.WARM, true), time.apply(Way.COLD, true),
                    median(t.stream().map(x -> (double) x.written).toList()),
                    median(t.stream().map(x -> (double) x.written / Math.max(1, x.saves)).toList()),
                    median(t.stream().map(x -> (double) x.sent).toList()),
                    median(t.stream().map(x -> (double) x.commands).toList())));
        }
        return out;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
