package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/**
 * Someone added ({@code added}) or removed a reaction (its platform name, e.g. "white_check_mark")
 * on one of the session's messages.
 */
public record ReactionChanged(String key, SessionId sessionId, String user, String messageId, String reaction,
        boolean added, Instant at) implements InboundEvent {}
