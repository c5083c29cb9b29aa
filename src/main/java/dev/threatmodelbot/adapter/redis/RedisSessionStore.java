package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.Job;
import dev.threatmodelbot.application.JobDue;
import dev.threatmodelbot.application.SessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions as JSON documents, with indexes by thread and by channel. A closed session and its
 * indexes expire {@code retention} after closing.
 */
public final class RedisSessionStore implements SessionStore {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Duration retention;
    private final Clock clock;

    public RedisSessionStore(UnifiedJedis redis, RedisKeys keys, Duration retention, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public boolean reserve(SessionId id) {
        return "OK".equals(redis.set(keys.reservedId(id), "1", SetParams.setParams().nx()));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(redis.get(keys.session(id))).map(json -> Json.read(json, Session.class));
    }

    @Override
    public void save(Session session, List<Job> jobs) {
        Optional<Long> ttlMs = session.closedAt().map(this::remainingMs);
        SetParams expiry = ttlMs.map(ms -> SetParams.setParams().px(ms)).orElseGet(SetParams::new);
        try (AbstractTransaction tx = redis.multi()) {
            tx.set(keys.session(session.id()), Json.write(session), expiry);
            session.thread().ifPresent(t -> tx.set(keys.thread(t), session.id().value(), expiry));
            tx.sadd(keys.channel(session.channel()), session.id().value());
            if (ttlMs.isPresent()) {
                tx.pexpire(keys.reservedId(session.id()), ttlMs.get());
                tx.pexpire(keys.events(session.id()), ttlMs.get());
            }
            for (Job job : jobs) {
                tx.zadd(keys.jobs(), job.due().toEpochMilli(), Json.writeEvent(JobDue.of(job)));
            }
            tx.exec();
        }
    }

    private long remainingMs(Instant closedAt) {
        long ms = Duration.between(clock.instant(), closedAt.plus(retention)).toMillis();
        return Math.max(ms, 1);
    }

    @Override
    public Optional<SessionId> byThread(ConversationAddress thread) {
        return Optional.ofNullable(redis.get(keys.thread(thread))).map(SessionId::new);
    }

    @Override
    public List<Session> inChannel(ConversationAddress channel) {
        List<Session> found = new ArrayList<>();
        for (String id : redis.smembers(keys.channel(channel))) {
            Optional<Session> s = find(new SessionId(id));
            if (s.isPresent()) {
                found.add(s.get());
            } else if (!redis.exists(keys.reservedId(new SessionId(id)))) {
                redis.srem(keys.channel(channel), id); // expired after retention
            }
        }
        found.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return found;
    }
}
