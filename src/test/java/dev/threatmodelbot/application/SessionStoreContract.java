package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.ContextModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do; run against the in-memory and the Redis adapter. */
public abstract class SessionStoreContract {
    protected abstract SessionStore store();

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
}
