package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.util.Optional;

/** Files approved threats as tickets (Jira). Without one configured, export writes files only. */
public interface IssueTracker {

    /** No tracker: nothing is filed. */
    IssueTracker NONE = new IssueTracker() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Optional<String> project(Session session) {
            return Optional.empty();
        }

        @Override
        public Ticket file(Session session, DraftedThreat threat, String link) {
            throw new TrackerException("no issue tracker is configured", false);
        }
    };

    /** Whether a tracker is configured at all. */
    default boolean enabled() {
        return true;
    }

    /**
     * The project the session's tickets go to: the key given when it started, else the configured
     * default; empty when there is no tracker or no project.
     */
    Optional<String> project(Session session);

    /**
     * Files one threat of the session's draft as a ticket in {@link #project}, exactly once: first
     * looks for a ticket already carrying the threat's own label (an earlier attempt may have created
     * it before a crash or a lost answer) and creates one only when there is none; then links the
     * ticket back to the threat's message at {@code link} (a permalink). Safe to call again after any
     * failure.
     *
     * @throws TrackerException refused for good (bad request, credentials, permission: not retriable,
     *     with the tracker's reason) or unreachable / still rate-limited after retries (retriable)
     */
    Ticket file(Session session, DraftedThreat threat, String link);
}
