package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.ContextModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Comment;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Draft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do; run against the in-memory and the Redis adapter. */
public abstract class SessionStoreContract {
    protected abstract SessionStore store();

    /** A store over the same data that knows nothing this one read or wrote: another replica, or after a restart. */
    protected SessionStore reopened() {
        return store();
    }

    /** Does {@code work} as a worker does it: holding the session's lease, where the store has leases. */
    protected <T> T working(SessionId id, Supplier<T> work) {
        return work.get();
    }

    protected static Session session(SessionId id) {
        return new Session(id, "Payments", ConversationAddress.channel(Platform.SLACK, "T1", "C1"), "UREQ", "ULEAD",
                List.of("UA"), "doc", Optional.of("SEC"), Optional.of(LocalDate.of(2026, 12, 1)),
                SessionState.INTERVIEWING, Instant.parse("2026-11-18T10:00:00Z"), Optional.empty(),
                Optional.of("1700000000.000100"), List.of(), List.of(), List.of(), List.of(), List.of("e1"), ContextModel.EMPTY, List.of(), null, null);
    }

    @Test
    void should_reserve_an_id_once() {
        SessionId id = SessionId.random(new java.util.Random(), 8);
        assertThat(store().reserve(id)).isTrue();
        assertThat(store().reserve(id)).isFalse();
    }

    @Test
    void should_find_a_saved_session_by_id_thread_and_channel() {
        Session s = session(new SessionId("TM-SAVE"));
        store().save(s, List.of());

        assertThat(store().find(s.id())).contains(s);
        assertThat(store().byThread(s.thread().orElseThrow())).contains(s.id());
        assertThat(store().inChannel(s.channel())).extracting(Session::id).contains(s.id());
        assertThat(store().find(new SessionId("TM-ZZZZZZZZ"))).isEmpty();
    }

    @Test
    void should_give_back_a_long_session_exactly_as_saved() {
        Session s = LongSessions.grown(session(new SessionId("TM-GRWN")), 500, 2000);
        working(s.id(), () -> {
            store().save(s, List.of());
            return s;
        });

        assertThat(store().find(s.id())).contains(s);
        assertThat(reopened().find(s.id())).contains(s);
    }

    @Test
    void should_keep_every_change_made_between_saves() {
        Session s = LongSessions.grown(session(new SessionId("TM-CHNG")), 40, 60);
        Session last = working(s.id(), () -> {
            store().save(s, List.of());
            Session changed = changed(store().find(s.id()).orElseThrow());
            store().save(changed, List.of());
            Session again = changed.withComments(cs -> {
                cs.add(new Comment("UOUT", "and one more", "1820000000.000001", LongSessions.AT));
                return cs;
            }).handled("slack:msg:C1:1820000000.000001");
            store().save(again, List.of());
            return again;
        });

        assertThat(store().find(s.id())).contains(last);
        assertThat(reopened().find(s.id())).contains(last);
    }

    /**
     * One of everything the core does to a long session: an answer edited, a comment added, the window of
     * applied event keys moved on, a fact superseded, a question closed, a part dropped and another mentioned
     * again, the draft replaced, the outbox delivered.
     */
    private static Session changed(Session s) {
        Session more = s.withAnswers(as -> {
            as.set(3, as.get(3).edited("edited", LongSessions.AT));
            return as;
        }).withComments(cs -> {
            cs.add(new Comment("UOUT", "a late remark", "1820000000.000000", LongSessions.AT));
            return cs;
        }).replaceQuestion(s.questions().get(0).withStatus(QuestionStatus.WITHDRAWN)).withOutbox(out -> List.of());
        for (int i = 0; i < 250; i++) {
            more = more.handled("slack:msg:C1:1830000000." + i);
        }
        ContextModel context = more.context().withStatus(Map.of("F5", FactStatus.SUPERSEDED));
        List<Component> parts = List.of(context.components().get(1), new Component("api", "Orders API",
                ComponentKind.API, "", List.of(Source.doc("§9", "The Orders API is new.")), List.of()));
        return more.withContext(new ContextModel(parts, context.flows(), context.facts()))
                .withDraft(new Draft(2, LongSessions.AT, Optional.empty(), List.of()));
    }
}
