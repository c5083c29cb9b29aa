package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.event.JobDue;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions as Redis hashes laid out by {@link SessionLayout}, with indexes by thread and by channel. A closed
 * session and its indexes expire {@code retention} after closing. A save under a session's lease writes only
 * the fields that changed since this replica last read or wrote the session under that lease; a load asks for
 * the revision first and reads the hash only when it is not the one this replica knows. Sessions stored before
 * the layout (one JSON string) are read as they are and written as a hash by their next save.
 */
public final class RedisSessionStore implements SessionStore {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Duration retention;
    private final Clock clock;
    private final WrittenIndexes indexed = new WrittenIndexes(10_000);
    private final KnownSessions known = new KnownSessions(50_000);
    private final RedisSessionStats stats;

    public RedisSessionStore(UnifiedJedis redis, RedisKeys keys, Duration retention, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
        this.stats = new RedisSessionStats(redis, keys);
    }

    @Override
    public boolean reserve(SessionId id) {
        return "OK".equals(redis.set(keys.reservedId(id), "1", SetParams.setParams().nx()));
    }

    /**
     * One command when this replica knows the session's revision (the usual case: the replica that processed
     * the session's last event processes the next), two when it must read the hash.
     */
    @Override
    public Optional<Session> find(SessionId id) {
        String rev;
        try {
            rev = redis.hget(keys.session(id), SessionLayout.REV);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("WRONGTYPE")) {
                throw e;
            }
            known.forget(id); // stored before the layout: read whole, written as a hash by the next save
            return Optional.ofNullable(redis.get(keys.session(id))).map(json -> Json.read(json, Session.class));
        }
        if (rev == null) {
            known.forget(id);
            return Optional.empty();
        }
        Optional<String> lease = SessionLeases.heldBy(id);
        Optional<StoredSession> mine = known.get(id).filter(k -> k.rev().equals(rev));
        if (mine.isPresent()) {
            lease.ifPresent(owner -> known.put(id, mine.get().checkedUnder(lease)));
            return Optional.of(mine.get().session());
        }
        Map<String, String> hash = redis.hgetAll(keys.session(id));
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        StoredSession read = StoredSession.read(hash, lease);
        if (lease.isPresent()) {
            known.put(id, read);
        } else {
            known.putIfAbsent(id, read); // a newer revision read under a lease may be known already
        }
        return Optional.of(read.session());
    }

    /**
     * One Lua call: the state, its indexes and its jobs together, and only while this thread still
     * holds the session's lease (when it holds one), which it renews once a fifth of it has passed. Under
     * the lease it last read or wrote the session with, only the fields that changed are written; otherwise
     * (no lease, another lease, an earlier save whose outcome is unknown) the whole session. Index
     * keys this replica has already written for the session are not written again, unless the session is
     * closed (then every key gets the retention's expiry).
     */
    @Override
    public void save(Session session, List<Job> jobs) {
        Optional<Long> ttlMs = session.closedAt().map(this::remainingMs);
        Optional<SessionLeases.Lease> lease = SessionLeases.held(session.id());
        Optional<String> owner = lease.map(SessionLeases.Lease::owner);
        boolean renew = lease.map(SessionLeases.Lease::renewalDue).orElse(false);
        StoredSession.Update update = known.get(session.id())
                .filter(k -> owner.isPresent() && k.checkedUnder().equals(owner))
                .map(k -> k.to(session)).orElseGet(() -> StoredSession.whole(session, owner));
        List<String> args = new ArrayList<>(List.of(owner.orElse(""),
                renew ? String.valueOf(SessionLeases.LEASE.toMillis()) : "", update.whole() ? "1" : "",
                session.id().value(), ttlMs.map(String::valueOf).orElse("")));
        args.addAll(changes(update, jobs));
        List<String> index = indexKeys(session);
        try {
            redis.eval(Scripts.SAVE_SESSION, scriptKeys(session, ttlMs.isPresent() ? index
                    : indexed.unwritten(session.id(), index)), args);
        } catch (RuntimeException e) {
            known.forget(session.id()); // written or not: the next load reads what Redis holds
            if (e instanceof JedisDataException && String.valueOf(e.getMessage()).contains("LEASE_LOST")) {
                throw new BotException("session " + session.id() + " is being processed elsewhere", true, e);
            }
            throw e;
        }
        known.put(session.id(), update.after().checkedUnder(owner));
        indexed.written(session.id(), index);
        try {
            stats.saved(session, clock.millis());
        } catch (RuntimeException e) { // the session is saved; only the metrics' line is late
            org.slf4j.LoggerFactory.getLogger(RedisSessionStore.class).debug("session={} stats not written: {}",
                    session.id(), e.toString());
        }
        if (renew) {
            lease.get().renewed();
        }
    }

    /** The script's arguments from its sixth on: how many fields to set and to remove, those, the jobs. */
    private static List<String> changes(StoredSession.Update update, List<Job> jobs) {
        List<String> args = new ArrayList<>(List.of(String.valueOf(update.set().size()),
                String.valueOf(update.delete().size())));
        update.set().forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        args.addAll(update.delete());
        for (Job job : jobs) {
            args.add(String.valueOf(job.due().toEpochMilli()));
            args.add(Json.writeEvent(JobDue.of(job)));
        }
        return args;
    }

    /** The thread index key ('' before the kickoff), the channel set, then the draft's root and threats. */
    private List<String> indexKeys(Session session) {
        List<String> index = new ArrayList<>();
        index.add(session.thread().map(keys::thread).orElse(""));
        index.add(keys.channel(session.channel()));
        session.messages().stream().skip(session.thread().isPresent() ? 1 : 0).map(keys::thread)
                .forEach(index::add); // the draft's root and threats, for replies and reactions
        return index;
    }

    /** The keys {@code save-session.lua} takes, with the index keys to write ('' for those not to). */
    private List<String> scriptKeys(Session session, List<String> toWrite) {
        List<String> keyList = new ArrayList<>(List.of(keys.lock(session.id()), keys.session(session.id()),
                toWrite.get(0), toWrite.get(1), keys.reservedId(session.id()), keys.events(session.id()),
                keys.jobs()));
        toWrite.subList(2, toWrite.size()).stream().filter(k -> !k.isEmpty()).forEach(keyList::add);
        return keyList;
    }

    private long remainingMs(Instant closedAt) {
        long ms = Duration.between(clock.instant(), closedAt.plus(retention)).toMillis();
        return Math.max(ms, 1);
    }

    /** Every session's state and waiting messages, for the metrics. */
    public RedisSessionStats.Snapshot stats() {
        return stats.snapshot(clock.millis());
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
