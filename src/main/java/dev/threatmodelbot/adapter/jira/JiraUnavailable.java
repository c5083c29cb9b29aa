package dev.threatmodelbot.adapter.jira;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way that may pass: a rate limit, a server error, a timeout or a lost
 * connection. {@code retryAfter} is how long Jira asked to wait, when it said.
 */
final class JiraUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    JiraUnavailable(String reason, Optional<Duration> retryAfter, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
    }

    String reason() {
        return getMessage();
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
