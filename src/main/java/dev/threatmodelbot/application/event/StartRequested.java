package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code /threatmodel start}, by modal or inline, with a session id already reserved. */
public record StartRequested(
        String key,
        SessionId sessionId,
        ConversationAddress channel,
        String requester,
        String system,
        List<String> engineers,
        String lead,
        String designDoc,
        Optional<String> jiraProject,
        Optional<LocalDate> deadline,
        Instant at)
        implements InboundEvent {

    public StartRequested {
        engineers = List.copyOf(engineers);
    }
}
