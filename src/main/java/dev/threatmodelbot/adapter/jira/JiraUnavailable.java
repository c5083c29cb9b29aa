package dev.threatmodelbot.adapter.jira;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way that may pass: a rate limit, a server error, a timeout or a lost
 * connection. {@code retryAfter} is how long Jira asked to wait, when it said; {@code maybeDone}
 * says Jira may have carried the request out even so (a timeout, a connection lost after sending,
 * a gateway's 5xx), as opposed to refusing it before doing anything (429, 503, no connection).
 */
final class JiraUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;
    private final boolean maybeDone;

    JiraUnavailable(String reason, Optional<Duration> retryAfter, Throwable cause) {
        this(reason, retryAfter, true, cause);
    }

    JiraUnavailable(String reason, Optional<Duration> retryAfter, boolean maybeDone, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
        this.maybeDone = maybeDone;
    }

    boolean maybeDone() {
        return maybeDone;
    }

    String reason() {
        return getMessage();
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
