package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.threatmodelbot.application.chat.StartForm;
import java.util.Optional;

/** The start form (the same fields and rules as Slack's modal) and the one-click sample start. */
final class WebStart {
    static final int MAX_DOC_CHARS = StartForm.MAX_DOC_CHARS;
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
        List<String> engineers = new ArrayList<>();
        f.path("engineers").forEach(e -> {
            if (WebPeople.byId(e.asText()).isPresent()) {
                engineers.add(e.asText());
            }
        });
        String lead = text(f, "lead");
        StartForm form = new StartForm(text(f, "system"), engineers, WebPeople.byId(lead).isPresent() ? lead : "",
                text(f, "doc"), text(f, "jira"), text(f, "deadline"));
        StartForm.Outcome o = form.submit(intake, clock, "web:start:" + nonce(f), channel, requester, Optional.empty());
        return new Outcome(o.started(), o.errors());
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
