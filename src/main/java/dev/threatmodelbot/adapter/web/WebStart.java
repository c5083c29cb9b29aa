package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.chat.Command;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The start form (the same fields and rules as Slack's modal) and the one-click sample start. */
final class WebStart {
    static final int MAX_DOC_CHARS = 200_000;
    static final String SAMPLE_SYSTEM = "Orders platform";

    /** A start that was recorded, or the fields that need fixing. */
    record Outcome(Optional<SessionId> started, Map<String, String> errors) {}

    private final Intake intake;
    private final Clock clock;

    WebStart(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    Outcome form(ConversationAddress channel, String requester, JsonNode f) {
        Map<String, String> errors = new LinkedHashMap<>();
        String system = text(f, "system");
        if (system.isEmpty() || system.length() > 150) {
            errors.put("system", "Name the system (at most 150 characters).");
        }
        List<String> engineers = new ArrayList<>();
        f.path("engineers").forEach(e -> {
            if (WebPeople.byId(e.asText()).isPresent() && !engineers.contains(e.asText())) {
                engineers.add(e.asText());
            }
        });
        if (engineers.isEmpty()) {
            errors.put("engineers", "Pick at least one engineer to interview.");
        }
        String lead = text(f, "lead");
        if (WebPeople.byId(lead).isEmpty()) {
            errors.put("lead", "Pick the security lead who will approve threats.");
        }
        String jira = text(f, "jira").toUpperCase(java.util.Locale.ROOT);
        if (!jira.isEmpty() && !Command.JIRA_KEY.matcher(jira).matches()) {
            errors.put("jira", "A Jira project key looks like SEC or APPSEC.");
        }
        Optional<LocalDate> deadline = Optional.empty();
        String date = text(f, "deadline");
        if (!date.isEmpty()) {
            try {
                deadline = Optional.of(LocalDate.parse(date));
                if (deadline.get().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
                    errors.put("deadline", "The deadline is in the past.");
                }
            } catch (DateTimeParseException e) {
                errors.put("deadline", "Write the deadline as 2026-12-31.");
            }
        }
        String doc = text(f, "doc");
        if (doc.length() > MAX_DOC_CHARS) {
            errors.put("doc", "The design doc is over " + MAX_DOC_CHARS + " characters: share it as a file in the "
                    + "thread instead.");
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        SessionId id = intake.newSessionId();
        intake.accept(new StartRequested("web:start:" + nonce(f), id, channel, requester, system, engineers, lead, doc,
                jira.isEmpty() ? Optional.empty() : Optional.of(jira), deadline, clock.instant()));
        return new Outcome(Optional.of(id), Map.of());
    }

    SessionId sample(ConversationAddress channel, String requester, JsonNode f) {
        SessionId id = intake.newSessionId();
        intake.accept(new StartRequested("web:sample:" + nonce(f), id, channel, requester, SAMPLE_SYSTEM,
                List.of("UALICE", "UBOB"), "UCAROL", sampleDoc(), Optional.empty(), Optional.empty(), clock.instant()));
        return id;
    }

    static String sampleDoc() {
        try (InputStream in = WebStart.class.getResourceAsStream("/web/sample-design.md")) {
            if (in == null) {
                throw new IllegalStateException("the sample design doc is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's own id for one press of a button, so a retried request starts nothing twice. */
    static String nonce(JsonNode f) {
        String n = text(f, "nonce");
        if (!n.matches("[A-Za-z0-9-]{8,64}")) {
            throw new IllegalArgumentException("a request needs its nonce");
        }
        return n;
    }

    static String text(JsonNode f, String field) {
        JsonNode v = f.path(field);
        return v.isTextual() ? v.asText().strip() : "";
    }
}
