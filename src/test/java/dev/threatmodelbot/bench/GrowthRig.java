package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.adapter.redis.TestLeases;
import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.TestRedis;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.RedisClient;

/**
 * One grown session set up three ways: in Redis under a fresh prefix with a store that wrote it ("warm"), the
 * same Redis data for stores new to it ("cold"), and in memory (the core alone). Each call puts the session
 * back as it was grown, then processes one answer to the same question and says how long that took, so every
 * answer is the same work in a session of the same size. Closing deletes the prefix.
 */
final class GrowthRig implements AutoCloseable {
    static final Pacing PACING = new Pacing(Duration.ofHours(24), 2, 1000, EnumSet.allOf(DayOfWeek.class), 200);

    final String prefix = TestRedis.freshPrefix();
    final long memory;
    private final RedisClient redis;
    private final GrowingSession grower;
    private final SteppingClock clock;
    private final RedisKeys keys = new RedisKeys(prefix);
    private final RedisSessionStore warm;
    private final ProcessEvent warmProcess;
    private final InMemorySessionStore inMemory = new InMemorySessionStore();
    private final ProcessEvent coreProcess;
    private final Session grown;
    private final Question question;
    private static final String MEASURED = "U0ENG00009";

    /**
     * {@code asked}: the question every measured answer answers, the same in every session: it is put, open,
     * to an engineer of its own added to the session.
     */
    GrowthRig(RedisClient redis, Session session, Question asked, GrowingSession grower, SteppingClock clock)
            throws Exception {
        this.redis = redis;
        this.grower = grower;
        this.clock = clock;
        this.question = new Question("M1", asked.bankId(), asked.topic(), asked.text(), MEASURED,
                QuestionStatus.OPEN, Optional.of(clock.instant()), Optional.of("1700000000.900000"), 0, false,
                Optional.empty());
        this.grown = session.withEngineer(MEASURED).withQuestions(qs -> {
            qs.add(question);
            return qs;
        });
        this.warm = store();
        try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
            warm.save(grown, List.of());
        }
        this.memory = RedisChatterBench.memory(prefix);
        this.warmProcess = process(warm, clock);
        inMemory.save(grown, List.of());
        this.coreProcess = process(inMemory, clock);
    }

    static ProcessEvent process(SessionStore store, SteppingClock clock) {
        return new ProcessEvent(store, new FakeChat(), YamlQuestionBank.packaged(), ScriptedInterview.ENGINE,
                (title, model) -> new byte[0], PACING, clock);
    }

    private RedisSessionStore store() {
        return new RedisSessionStore(redis, keys, Duration.ofDays(180), clock);
    }

    /** The session as it was grown, written whole by the warm store (not timed). */
    private void reset() throws Exception {
        try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
            warm.save(grown, List.of());
        }
    }

    /** An answer processed by the store that processed the session's previous event. */
    Timing warm() throws Exception {
        reset();
        try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
            ReplyPosted answer = grower.firstAnswer(question);
            return Timing.of(() -> warmProcess.process(answer));
        }
    }

    /** An answer processed by a store new to the session; the warm store then reads what it wrote. */
    Timing cold() throws Exception {
        reset();
        Timing took;
        try (AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
            ReplyPosted answer = grower.firstAnswer(question);
            ProcessEvent coldProcess = process(store(), clock);
            took = Timing.of(() -> coldProcess.process(answer));
        }
        return took;
    }

    /** An answer processed with the session in memory: the core's own share. */
    Timing core() {
        inMemory.save(grown, List.of());
        ReplyPosted answer = grower.firstAnswer(question);
        return Timing.of(() -> coreProcess.process(answer));
    }

    /** A warm answer under MONITOR: what it asked of Redis. */
    RedisTraffic.Tally traffic() throws Exception {
        reset();
        try (RedisTraffic traffic = new RedisTraffic(prefix);
                AutoCloseable lease = TestLeases.hold(redis, prefix, GrowingSession.ID)) {
            ReplyPosted answer = grower.firstAnswer(question);
            traffic.cut(redis);
            warmProcess.process(answer);
            return traffic.cut(redis);
        }
    }

    /** Wall clock and this thread's CPU time of one piece of work, in milliseconds. */
    record Timing(double wallMs, double cpuMs) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static Timing of(Runnable work) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run();
            return new Timing((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }

    @Override
    public void close() {
        RedisCleanup.deletePrefix(prefix);
    }
}
