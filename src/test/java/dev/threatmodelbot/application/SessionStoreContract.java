package dev.threatmodelbot.application;

import dev.threatmodelbot.application.port.SessionStore;
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
    void should_give_back_a_whole_session_with_its_review_exactly_as_saved() {
        Session s = whole(session(new SessionId("TM-WH2R")));
        working(s.id(), () -> {
            store().save(s, List.of());
            return s;
        });

        Session back = reopened().find(s.id()).orElseThrow();
        assertThat(back).isEqualTo(s);
        assertThat(back.draft().orElseThrow().threats()).allSatisfy(t -> assertThat(t.decisions()).isNotEmpty());
        assertThat(back.draft().orElseThrow().threats().get(0).ticket()).isPresent();
        assertThat(back.draft().orElseThrow().threats().get(1).amendments()).hasSize(2);
        assertThat(back.context().facts()).isNotEmpty();
        assertThat(back.tickets()).extracting(t -> t.tries()).containsExactly(0, 1);
    }

    /**
     * A session as a whole interview and review leave it: facts, shared docs, a draft whose threats were
     * decided (one decision taken back), amended and filed, the language model's use, and an outbox holding
     * a message of every kind still to go.
     */
    private static Session whole(Session s) {
        Session grown = LongSessions.grown(s, 12, 5);
        var draft = grown.draft().orElseThrow();
        var first = draft.threats().get(0).decided(new dev.threatmodelbot.domain.threat.Decision(
                dev.threatmodelbot.domain.threat.Decision.Kind.REJECTED, "ULEAD", LongSessions.AT.plusSeconds(5)))
                .decided(new dev.threatmodelbot.domain.threat.Decision(
                        dev.threatmodelbot.domain.threat.Decision.Kind.APPROVED, "ULEAD", LongSessions.AT.plusSeconds(9)))
                .filed(new dev.threatmodelbot.domain.threat.Ticket("SEC-7", "https://jira.example/browse/SEC-7"));
        var second = new dev.threatmodelbot.domain.threat.DraftedThreat(2, first.threat(), Optional.of("1700000000.0902"),
                List.of(new dev.threatmodelbot.domain.threat.Decision(dev.threatmodelbot.domain.threat.Decision.Kind.DISCUSS,
                        "ULEAD", LongSessions.AT)))
                .amended(dev.threatmodelbot.domain.threat.Amendment.parse("severity high", "ULEAD", LongSessions.AT,
                        "1700000000.0950").orElseThrow())
                .amended(dev.threatmodelbot.domain.threat.Amendment.parse("mitigation: rotate the key", "ULEAD",
                        LongSessions.AT, "1700000000.0951").orElseThrow());
        Draft reviewed = new Draft(draft.version(), draft.draftedAt(), draft.rootId(), List.of(first, second));
        Session out = grown.withDraft(reviewed).withState(SessionState.GATHERED, LongSessions.AT)
                .withUsage(dev.threatmodelbot.domain.ModelUsage.NONE.plus(3, 1200, 300, 1).flagging("doc §2"));
        for (dev.threatmodelbot.domain.Outbound m : List.of(dev.threatmodelbot.domain.Outbound.kickoffUpdate(),
                dev.threatmodelbot.domain.Outbound.ephemeral("e1", "UOUT", "Only the lead decides"),
                dev.threatmodelbot.domain.Outbound.ticketReport("r1", List.of("t1")),
                dev.threatmodelbot.domain.Outbound.draftThreatUpdate("t1", "ticket", "#1 filed"),
                dev.threatmodelbot.domain.Outbound.exportFile(1, "otm", "the model", "r1").markAttempted().tried())) {
            out = out.say(m);
        }
        return out.file(dev.threatmodelbot.domain.Outbound.ticket("r1", "t1"))
                .file(dev.threatmodelbot.domain.Outbound.ticket("r1", "t2").tried());
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
