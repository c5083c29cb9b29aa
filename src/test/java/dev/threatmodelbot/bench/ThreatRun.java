package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.YamlQuestionBank;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.FakeChat;
import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.threat.Draft;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * One eval case drafted the way the service drafts it: the whole design doc pasted in the start form,
 * the lead's {@code /threatmodel draft} ending the interview (summary back), and a second one drafting;
 * in process over an in-memory store and a fake chat. With a language model configured, the doc is
 * read and the draft enriched by it exactly as in the service.
 */
public final class ThreatRun {
    private static final SessionId ID = new SessionId("TM-THRT");
    private static final String LEAD = "ULEAD";
    private static final Instant START = Instant.parse("2026-11-18T09:30:00Z");

    private ThreatRun() {}

    /** The session once drafted (its context model and draft) and everything the bot posted on the way. */
    record Run(Session session, List<Outbound> posted) {}

    /** The session once drafted: its context model and the draft the lead would see. */
    public static Session draft(Engine engine, String caseName, String design) {
        return run(engine, caseName, design).session();
    }

    static Run run(Engine engine, String caseName, String design) {
        InMemorySessionStore store = new InMemorySessionStore();
        FakeChat chat = new FakeChat();
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        ProcessEvent process = new ProcessEvent(store, chat, YamlQuestionBank.packaged(), engine,
                (title, model) -> new byte[0], new Pacing(Duration.ofHours(24), 2, 1000,
                        EnumSet.allOf(DayOfWeek.class)), clock);
        process.process(new StartRequested("bench-start", ID, ConversationAddress.channel(Platform.SLACK, "TBENCH",
                "CBENCH"), LEAD, caseName, List.of("E1"), LEAD, design, Optional.empty(), Optional.empty(), START));
        process.process(new DraftRequested("bench-gathered", ID, LEAD, START));
        process.process(new DraftRequested("bench-draft", ID, LEAD, START));
        Session s = store.find(ID).orElseThrow();
        Optional<Draft> draft = s.draft();
        if (draft.isEmpty()) {
            throw new IllegalStateException(caseName + ": no draft after two draft requests (state " + s.state() + ")");
        }
        return new Run(s, List.copyOf(chat.delivered));
    }
}
