package dev.threatmodelbot.domain;

/** Life cycle of a session. */
public enum SessionState {
    INTERVIEWING,
    /** Every planned question is closed. */
    GATHERED,
    CANCELLED;

    public boolean isClosed() {
        return this == CANCELLED;
    }
}
