package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.FakeExtractor;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.interview.SharedFiles;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.SharedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file Slack keeps failing to hand over holds its reply up for a while, not for ever. */
class SharedFilesTest {
    static final SessionId ID = new SessionId("TM-FDCS");
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final SharedFile DOC = new SharedFile("F1", "design.md", "text/markdown", "markdown", 100,
            "https://files.slack.com/files-pri/T1-F1/design.md");

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();

    ProcessEvent process() {
        return new ProcessEvent(store, chat, YamlQuestionBank.packaged(), FakeExtractor.engine(),
                (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 5, EnumSet.allOf(DayOfWeek.class)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void should_wait_for_the_file_then_give_up_on_it_and_keep_the_reply() {
        chat.refuseDownloads(new ChatException("HTTP 503", true, null));
        process().process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", List.of("UA"), "ULEAD", "", Optional.empty(), Optional.empty(), NOW));

        ReplyPosted fresh = new ReplyPosted("r1", ID, "UA", "Our design doc, and I own the checkout API.",
                "1796000000.000100", NOW.minusSeconds(60), List.of(DOC));
        assertThat(catchThrowableOfType(ChatException.class, () -> process().process(fresh)).retriable()).isTrue();
        assertThat(store.find(ID).orElseThrow().answers()).isEmpty();

        ReplyPosted old = new ReplyPosted("r2", ID, "UA", "Our design doc, and I own the checkout API.",
                "1796000000.000200", NOW.minus(SharedFiles.PATIENCE).minusSeconds(1), List.of(DOC));
        process().process(old);

        assertThat(store.find(ID).orElseThrow().answers()).extracting(a -> a.text())
                .containsExactly("Our design doc, and I own the checkout API.");
        assertThat(chat.texts()).anyMatch(t -> t.contains("design.md") && t.contains("share it again"));
    }
}
