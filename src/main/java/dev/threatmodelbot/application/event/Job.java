package dev.threatmodelbot.application.event;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;

/**
 * Work for later: remind about a question, or ask an engineer's next question once the daily
 * budget allows. {@code round} counts reminders, so each job has one id and fires once.
 */
public record Job(Kind kind, SessionId sessionId, String target, int round, Instant due) {

    /** What the job does when it falls due. */
    public enum Kind {
        REMIND,
        NEXT_QUESTION,
        /** The session's deadline has passed: summarise what is known. */
        DEADLINE
    }

    public String id() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + sessionId + ":" + target + ":" + round;
    }
}
