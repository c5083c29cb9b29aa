package dev.threatmodelbot.domain;

/** Where a question stands. Only {@link #OPEN} questions wait for their engineer's reply. */
public enum QuestionStatus {
    /** Planned for an engineer who still has another question open. */
    QUEUED,
    OPEN,
    ANSWERED,
    SKIPPED,
    UNSURE,
    /** Handed to someone else with {@code ask @user}. */
    HANDED_OVER,
    /** Withdrawn because the session ended. */
    WITHDRAWN;

    public boolean isClosed() {
        return this != QUEUED && this != OPEN;
    }
}
