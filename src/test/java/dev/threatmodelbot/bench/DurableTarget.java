package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real service in this JVM (fake Slack, real Redis) with one interview running; events are
 * replies in that interview's thread, so each one takes the full record-before-ack path.
 */
final class DurableTarget implements Target {
    private static final String LEAD = "U0SECLEAD1";
    /** Bounded so that a stuck worker fails the run instead of hanging it. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);

    private final Harness h = Harness.start();
    private final String threadTs;
    private final SessionId session;
    private final AtomicInteger sent = new AtomicInteger();

    DurableTarget() {
        HttpResponse<String> ack = h.user.command(LEAD,
                "start Payments API <@U0ALICE001> <@U0BOB00001> lead:<@" + LEAD + ">");
        if (ack.statusCode() != 200) {
            throw new IllegalStateException("start not acknowledged: " + ack.statusCode() + " " + ack.body());
        }
        // Wait for the kickoff and both first questions, so the start's own posts are done before any load.
        Eventually.until("kickoff and first questions", () -> h.sessions().size() == 1
                && h.onlySession().kickoffId().isPresent()
                && h.onlySession().questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent())
                        .count() == 2);
        threadTs = h.onlySession().kickoffId().orElseThrow();
        session = h.onlySession().id();
    }

    @Override
    public String name() {
        return "durable";
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + h.service.port() + "/slack/events");
    }

    @Override
    public String nextEvent() {
        sent.incrementAndGet();
        return BenchEvents.threadReply(threadTs);
    }

    /** Acks come before processing: waits until the workers have applied every reply sent so far. */
    @Override
    public Duration settle() {
        long start = System.nanoTime();
        int target = sent.get();
        Eventually.until("all " + target + " replies processed", DRAIN_LIMIT, () -> comments() >= target);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private int comments() {
        return h.store().find(session).map(s -> s.comments().size()).orElse(0);
    }

    @Override
    public void close() {
        String prefix = h.prefix;
        h.close();
        System.err.println("removed " + RedisCleanup.deletePrefix(prefix) + " benchmark keys under " + prefix);
    }
}
