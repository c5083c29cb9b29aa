package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/**
 * Someone pressed one of a question's answer buttons. It names the question, so a button left on
 * an old question can never answer a newer one.
 */
public record ChoicePicked(String key, SessionId sessionId, String user, String questionId, int pick,
        String messageId, Instant at) implements InboundEvent {}
