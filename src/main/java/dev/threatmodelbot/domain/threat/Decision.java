package dev.threatmodelbot.domain.threat;

import java.time.Instant;

/** The security lead's call on a drafted threat, with who made it and when. */
public record Decision(Kind kind, String by, Instant at) {

    /** What was decided; PENDING when a reaction was taken back. */
    public enum Kind {
        PENDING,
        APPROVED,
        REJECTED,
        DISCUSS
    }
}
