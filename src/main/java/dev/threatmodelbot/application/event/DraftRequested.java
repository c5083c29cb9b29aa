package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/** {@code /threatmodel draft <id>} by the security lead: stop asking and summarise what is known. */
public record DraftRequested(String key, SessionId sessionId, String user, Instant at) implements InboundEvent {}
