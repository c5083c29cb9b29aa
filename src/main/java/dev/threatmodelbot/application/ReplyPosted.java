package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/** A person's reply in a session thread. Mentions in {@code text} are {@code {@USER}} tokens. */
public record ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at)
        implements InboundEvent {}
