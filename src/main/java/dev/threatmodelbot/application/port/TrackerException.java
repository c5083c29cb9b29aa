package dev.threatmodelbot.application.port;

/**
 * The issue tracker refused a ticket ({@code reason} in the tracker's own words, with the HTTP
 * status) or could not be reached or kept rate-limiting after retries ({@code retriable}).
 */
public class TrackerException extends BotException {
    private final String reason;
    private final boolean onlyThisTicket;

    public TrackerException(String reason, boolean retriable, Throwable cause) {
        this(reason, retriable, false, cause);
    }

    /**
     * {@code onlyThisTicket}: the refusal is about this ticket's content (a field Jira rejects), so
     * other tickets may still go through; otherwise (credentials, permission, no such project) none will.
     */
    public TrackerException(String reason, boolean retriable, boolean onlyThisTicket, Throwable cause) {
        super("issue tracker error: " + reason, retriable, cause);
        this.reason = reason;
        this.onlyThisTicket = onlyThisTicket;
    }

    public TrackerException(String reason, boolean retriable) {
        this(reason, retriable, null);
    }

    public boolean onlyThisTicket() {
        return onlyThisTicket;
    }

    public String reason() {
        return reason;
    }
}
