package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /threatmodel start}, by modal or inline, with a session id already reserved; {@code files}: those
 * attached to the start form (a design doc or an existing threat model), fetched when the session opens.
 */
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
        Instant at,
        List<dev.threatmodelbot.application.port.SharedFile> files)
        implements InboundEvent {

    public StartRequested {
        engineers = List.copyOf(engineers);
        files = files == null ? List.of() : List.copyOf(files); // events recorded before files could be attached
    }

    /** A start with no file attached to its form. */
    public StartRequested(String key, SessionId sessionId, ConversationAddress channel, String requester, String system,
            List<String> engineers, String lead, String designDoc, Optional<String> jiraProject,
            Optional<LocalDate> deadline, Instant at) {
        this(key, sessionId, channel, requester, system, engineers, lead, designDoc, jiraProject, deadline, at, List.of());
    }
}
