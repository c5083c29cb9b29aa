package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/**
 * Someone added ({@code added}) or removed a reaction on one of the session's messages: a review
 * signal's word ({@code approve}, {@code reject}, {@code discuss}, {@code export}, see
 * {@link dev.threatmodelbot.domain.Marks.Signal}) when the surface reads it as one, else the surface's
 * own name for it. Events recorded before signals were neutral carry Slack's emoji names, still read.
 */
public record ReactionChanged(String key, SessionId sessionId, String user, String messageId, String reaction,
        boolean added, Instant at) implements InboundEvent {}
