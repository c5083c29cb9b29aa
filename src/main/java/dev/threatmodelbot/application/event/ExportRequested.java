package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /threatmodel export <id> [format]} or the lead's 🚀 on the draft's root: the model as files
 * in the draft thread ({@code format} empty = every format).
 */
public record ExportRequested(String key, SessionId sessionId, String user, Optional<String> format, Instant at)
        implements InboundEvent {

    public ExportRequested {
        format = format == null ? Optional.empty() : format;
    }
}
