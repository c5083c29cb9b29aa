package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/** A reply in a session thread was edited; {@code messageId} names the original reply. */
public record ReplyEdited(String key, SessionId sessionId, String user, String text, String messageId, Instant at)
        implements InboundEvent {}
