package dev.threatmodelbot.application;

/**
 * The issue tracker refused a ticket ({@code reason} in the tracker's own words, with the HTTP
 * status) or could not be reached or kept rate-limiting after retries ({@code retriable}).
 */
public class TrackerException extends BotException {
    private final String reason;

    public TrackerException(String reason, boolean retriable, Throwable cause) {
        super("issue tracker error: " + reason, retriable, cause);
        this.reason = reason;
    }

    public TrackerException(String reason, boolean retriable) {
        this(reason, retriable, null);
    }

    public String reason() {
        return reason;
    }
}
