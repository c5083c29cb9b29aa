package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.LongSessions;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.application.SessionStoreContract;
import dev.threatmodelbot.domain.Comment;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.support.TestRedis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Redis adapter against a real Redis: the shared contract plus the hash layout, migration, expiry and jobs. */
class RedisSessionStoreTest extends SessionStoreContract {
    private final RedisClient redis = TestRedis.client();
    private final RedisKeys keys = new RedisKeys(TestRedis.freshPrefix());
    private final RedisSessionStore store = fresh();

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected SessionStore reopened() {
        return fresh();
    }

    @Override
    protected <T> T working(SessionId id, Supplier<T> work) {
        try (SessionLeases.Lease lease = new SessionLeases(redis, keys, "test").acquire(id).orElseThrow()) {
            return work.get();
        }
    }

    private RedisSessionStore fresh() {
        return new RedisSessionStore(redis, keys, Duration.ofDays(180), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void should_expire_a_closed_session_after_retention_and_schedule_jobs_atomically() {
        Session open = session(new SessionId("TM-EXPR"));
        store.save(open, List.of(new Job(Job.Kind.REMIND, open.id(), "Q1", 1, Instant.parse("2026-11-19T10:00:00Z"))));
        assertThat(redis.pttl(keys.session(open.id()))).isEqualTo(-1);
        assertThat(redis.zcard(keys.jobs())).isEqualTo(1);

        store.save(open.withState(SessionState.CANCELLED, Instant.now()), List.of());

        long ttl = redis.pttl(keys.session(open.id()));
        assertThat(ttl).isBetween(Duration.ofDays(179).toMillis(), Duration.ofDays(180).toMillis());
        assertThat(redis.pttl(keys.thread(open.thread().orElseThrow()))).isPositive();
    }

    @Test
    void should_load_a_session_stored_before_the_split_and_write_it_as_a_hash_on_its_next_save() throws IOException {
        SessionId id = new SessionId("TM-V2DQC");
        redis.set(keys.session(id), resource("/redis/session-before-split.json"));

        Session old = store.find(id).orElseThrow();
        assertThat(old.answers()).hasSize(4);
        assertThat(old.answers().get(0).editedAt()).isPresent();
        assertThat(old.comments()).hasSize(4);
        assertThat(old.handledEvents()).hasSize(10).contains("slack:edit:C0CHAN:1800000001.000100:2");
        assertThat(old.context().facts()).hasSize(9);
        assertThat(old.context().components()).allMatch(c -> !c.mentions().isEmpty());

        Session next = working(id, () -> {
            Session s = store.find(id).orElseThrow().withComments(cs -> {
                cs.add(new Comment("U0OUTSIDE1", "after the upgrade", "1810000009.000100", Instant.now()));
                return cs;
            }).handled("slack:msg:C0CHAN:1810000009.000100");
            store.save(s, List.of());
            return s;
        });

        assertThat(redis.type(keys.session(id))).isEqualTo("hash");
        assertThat(redis.hget(keys.session(id), "c:4")).contains("after the upgrade");
        assertThat(fresh().find(id)).contains(next);
        assertThat(next.answers()).isEqualTo(old.answers());
    }

    @Test
    void should_write_only_the_fields_of_what_changed() {
        Session s = LongSessions.grown(session(new SessionId("TM-DFFS")), 30, 30);
        String key = keys.session(s.id());
        working(s.id(), () -> {
            store.save(s, List.of());
            redis.hset(key, "c:0", redis.hget(key, "c:0").replace("remember", "REMEMBER")); // a mark on an old one
            Session more = store.find(s.id()).orElseThrow().withComments(cs -> {
                cs.add(new Comment("UOUT", "new", "1820000000.000001", Instant.now()));
                return cs;
            });
            store.save(more, List.of());
            return more;
        });

        assertThat(redis.hget(key, "c:0")).contains("REMEMBER"); // not written again
        assertThat(redis.hget(key, "c:30")).contains("\"new\"");
        assertThat(redis.hlen(key)).isEqualTo(fieldsOf(fresh().find(s.id()).orElseThrow()));
    }

    @Test
    void should_leave_nothing_of_an_older_version_when_a_store_that_does_not_know_the_session_saves_it() {
        Session long40 = LongSessions.grown(session(new SessionId("TM-WH2E")), 40, 40);
        Session short5 = LongSessions.grown(session(long40.id()), 5, 5);
        working(long40.id(), () -> {
            store.save(long40, List.of());
            fresh().save(short5, List.of()); // e.g. after a save whose outcome was lost: written whole
            return short5;
        });

        assertThat(fresh().find(long40.id())).contains(short5);
        assertThat(redis.hlen(keys.session(long40.id()))).isEqualTo(fieldsOf(short5));
    }

    @Test
    void should_write_nothing_when_a_save_is_repeated() {
        Session s = LongSessions.grown(session(new SessionId("TM-RPTD")), 10, 10);
        String rev = working(s.id(), () -> {
            store.save(s, List.of());
            String first = redis.hget(keys.session(s.id()), "rev");
            store.save(s, List.of());
            return first;
        });

        assertThat(redis.hget(keys.session(s.id()), "rev")).isEqualTo(rev);
        assertThat(fresh().find(s.id())).contains(s);
    }

    @Test
    void should_drop_applied_event_keys_that_left_the_window_in_batches() {
        Session start = session(new SessionId("TM-WNDW"));
        Session last = working(start.id(), () -> {
            Session s = start;
            for (int i = 0; i < 400; i++) {
                s = s.handled("slack:msg:C1:" + i);
                store.save(s, List.of());
            }
            return s;
        });

        assertThat(last.handledEvents()).hasSize(200).startsWith("slack:msg:C1:200");
        assertThat(fresh().find(start.id())).contains(last);
        assertThat(redis.hlen(keys.session(start.id())))
                .isLessThan(fieldsOf(last) + StoredSession.STALE_BATCH);
    }

    @Test
    void should_read_what_another_replica_wrote_since() {
        Session s = LongSessions.grown(session(new SessionId("TM-THRS")), 10, 10);
        working(s.id(), () -> {
            store.save(s, List.of());
            return s;
        });
        RedisSessionStore other = fresh();
        Session theirs = working(s.id(), () -> {
            Session t = other.find(s.id()).orElseThrow().withAnswers(as -> {
                as.set(0, as.get(0).edited("changed elsewhere", Instant.now()));
                return as;
            });
            other.save(t, List.of());
            return t;
        });

        Session mine = working(s.id(), () -> store.find(s.id()).orElseThrow());

        assertThat(mine).isEqualTo(theirs);
    }

    /** Fields of the session's hash: its layout's and the revision. */
    private static long fieldsOf(Session s) {
        return SessionLayout.fields(s, 0).size() + 1;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RedisSessionStoreTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
