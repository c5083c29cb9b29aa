package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.port.TrackerException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filing tickets through the outbox when the tracker stays unreachable: told once, given up on, never stuck. */
class TicketDeliveryTest {
    static final SessionId ID = new SessionId("TM-TCKT");
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final InMemorySessionStore store = new InMemorySessionStore();
    final FakeChat chat = new FakeChat();
    final List<String> filed = new ArrayList<>();
    TrackerException failure = new TrackerException("Jira is unavailable (HTTP 502), still after 4 attempts", true);

    final IssueTracker tracker = new IssueTracker() {
        @Override
        public Optional<String> project(Session session) {
            return Optional.of("SEC");
        }

        @Override
        public Ticket file(Session session, DraftedThreat threat, String link) {
            filed.add(threat.threat().id());
            if (failure != null) {
                throw failure;
            }
            return new Ticket("SEC-" + filed.size(), "https://jira.example/browse/SEC-" + filed.size());
        }
    };

    ProcessEvent process() {
        return new ProcessEvent(store, chat, YamlQuestionBank.packaged(), FakeExtractor.engine(),
                (t, m) -> new byte[] {1}, new Pacing(Duration.ofHours(24), 1, 5, EnumSet.allOf(DayOfWeek.class)),
                Clock.fixed(NOW, ZoneOffset.UTC), tracker);
    }

    static Threat threat(String id) {
        return new Threat(id, "r", "Threat " + id, "What goes wrong.", Set.of(Stride.SPOOFING), List.of("api"), 2, 2,
                "Fix it.", List.of(), List.of(), Confidence.HIGH, List.of(), List.of());
    }

    void reviewedDraft() {
        process().process(new StartRequested("start", ID, ConversationAddress.channel(Platform.SLACK, "T1", "C1"),
                "ULEAD", "Payments", List.of("UA"), "ULEAD", "", Optional.empty(), Optional.empty(), NOW));
        Decision ok = new Decision(Decision.Kind.APPROVED, "ULEAD", NOW);
        Draft draft = new Draft(1, NOW, Optional.of("1700000000.0900"), List.of(
                new DraftedThreat(1, threat("a"), Optional.of("1700000000.0901"), List.of(ok)),
                new DraftedThreat(2, threat("b"), Optional.of("1700000000.0902"), List.of(ok))));
        Session s = store.find(ID).orElseThrow();
        store.save(s.withDraft(draft).withState(SessionState.GATHERED, NOW), List.of());
    }

    ExportRequested export() {
        return new ExportRequested("export-1", ID, "ULEAD", Optional.of("jira"), NOW);
    }

    @Test
    void should_say_once_that_jira_is_not_answering_and_give_up_after_the_last_try() {
        reviewedDraft();
        int tries = 0;
        while (!store.find(ID).orElseThrow().outbox().isEmpty() || tries == 0) {
            TrackerException thrown = catchThrowableOfType(TrackerException.class, () -> process().process(export()));
            if (thrown == null) {
                break;
            }
            assertThat(thrown.retriable()).isTrue();
            assertThat(++tries).as("never stuck").isLessThan(20);
        }

        assertThat(filed).hasSize(DeliverOutbox.MAX_TICKET_TRIES).containsOnly("a");
        assertThat(chat.texts().stream().filter(t -> t.contains("isn't answering"))).hasSize(1);
        assertThat(chat.texts()).anyMatch(t -> t.contains("could not be reached after " + DeliverOutbox.MAX_TICKET_TRIES
                + " tries") && t.contains("Not filed: #1, #2"));
        assertThat(store.find(ID).orElseThrow().outbox()).isEmpty();

        failure = null;
        process().process(new ExportRequested("export-2", ID, "ULEAD", Optional.of("jira"), NOW));
        assertThat(store.find(ID).orElseThrow().draft().orElseThrow().threats())
                .allMatch(t -> t.ticket().isPresent());
    }

    @Test
    void should_not_file_for_anyone_but_the_lead_or_a_threat_that_is_not_approved() {
        reviewedDraft();
        failure = null;
        process().process(new ExportRequested("export-x", ID, "UA", Optional.of("jira"), NOW));
        assertThat(filed).isEmpty();

        Session s = store.find(ID).orElseThrow();
        store.save(s.withDraft(s.draft().orElseThrow().changing(2, t -> t.decided(
                new Decision(Decision.Kind.REJECTED, "ULEAD", NOW)))), List.of());
        process().process(export());
        assertThat(filed).containsExactly("a");
    }
}
