package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/** {@code /threatmodel cancel <id>} by someone allowed to manage the session. */
public record CancelRequested(String key, SessionId sessionId, String user, Instant at) implements InboundEvent {}
