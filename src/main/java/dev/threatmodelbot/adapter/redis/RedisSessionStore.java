package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.BotException;
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
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
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
    private final WrittenIndexes indexed = new WrittenIndexes(10_000);

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

    /**
     * One Lua call: the state, its indexes and its jobs together, and only while this thread still
     * holds the session's lease (when it holds one), which it renews once a fifth of it has passed. Index
     * keys this replica has already written for the session are not written again, unless the session is
     * closed (then every key gets the retention's expiry).
     */
    @Override
    public void save(Session session, List<Job> jobs) {
        Optional<Long> ttlMs = session.closedAt().map(this::remainingMs);
        Optional<SessionLeases.Lease> lease = SessionLeases.held(session.id());
        boolean renew = lease.map(SessionLeases.Lease::renewalDue).orElse(false);
        List<String> args = new ArrayList<>(List.of(lease.map(SessionLeases.Lease::owner).orElse(""),
                renew ? String.valueOf(SessionLeases.LEASE.toMillis()) : "",
                Json.write(session), session.id().value(), ttlMs.map(String::valueOf).orElse("")));
        for (Job job : jobs) {
            args.add(String.valueOf(job.due().toEpochMilli()));
            args.add(Json.writeEvent(JobDue.of(job)));
        }
        List<String> index = new ArrayList<>();
        index.add(session.thread().map(keys::thread).orElse(""));
        index.add(keys.channel(session.channel()));
        session.messages().stream().skip(session.thread().isPresent() ? 1 : 0).map(keys::thread)
                .forEach(index::add); // the draft's root and threats, for replies and reactions
        List<String> toWrite = ttlMs.isPresent() ? index : indexed.unwritten(session.id(), index);
        List<String> keyList = new ArrayList<>(List.of(keys.lock(session.id()), keys.session(session.id()),
                toWrite.get(0), toWrite.get(1), keys.reservedId(session.id()), keys.events(session.id()),
                keys.jobs()));
        toWrite.subList(2, toWrite.size()).stream().filter(k -> !k.isEmpty()).forEach(keyList::add);
        try {
            redis.eval(Scripts.SAVE_SESSION, keyList, args);
        } catch (JedisDataException e) {
            if (String.valueOf(e.getMessage()).contains("LEASE_LOST")) {
                throw new BotException("session " + session.id() + " is being processed elsewhere", true, e);
            }
            throw e;
        }
        indexed.written(session.id(), index);
        if (renew) {
            lease.get().renewed();
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
