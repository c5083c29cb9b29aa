package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.FactExtractor;
import dev.threatmodelbot.application.port.Meaning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.ContextModel;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bug in reading a text loses what would have been learnt from it, never the session or the answer. */
class ReadingFailureTest {
    static final SessionId ID = new SessionId("TM-READ");
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();

    @Test
    void should_start_the_session_and_keep_the_answer_when_the_reader_throws() {
        // given
        FactExtractor broken = (text, source, known) -> {
            throw new NullPointerException("a reading bug");
        };
        ProcessEvent process = new ProcessEvent(store, chat, YamlQuestionBank.packaged(), new Engine(broken,
                Optional.empty(), Meaning.NONE, (n, t, b) -> Optional.empty(), m -> List.of(), (session, format) -> ""),
                (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 100, EnumSet.allOf(DayOfWeek.class)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        // when
        process.process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"), "ULEAD",
                "Orders", List.of("UALICE"), "ULEAD", "The Orders API stores orders in Amazon DynamoDB.", Optional.empty(),
                Optional.empty(), NOW));
        Session started = store.find(ID).orElseThrow();
        process.process(new ReplyPosted("r1", ID, "UALICE", "I own the Orders API.", "1700000100.000100", NOW));

        // then
        assertThat(started.state()).isEqualTo(SessionState.INTERVIEWING);
        assertThat(started.context()).isEqualTo(ContextModel.EMPTY);
        assertThat(store.find(ID).orElseThrow().answers()).hasSize(1);
        assertThat(chat.delivered).isNotEmpty();
    }
}
