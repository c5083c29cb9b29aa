package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;

/** A scheduled job whose time has come. */
public record JobDue(String key, SessionId sessionId, Job job) implements InboundEvent {

    public static JobDue of(Job job) {
        return new JobDue("job:" + job.id(), job.sessionId(), job);
    }
}
