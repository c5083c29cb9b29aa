package dev.threatmodelbot.application.port;

/**
 * A chat platform refused a call ({@code reason} is its error code) or could not be reached.
 * {@code channelGone} says the conversation itself can no longer be reached (archived, deleted, the
 * bot removed), so the session cannot go on there.
 */
public class ChatException extends BotException {
    private final String reason;
    private final boolean channelGone;

    public ChatException(String reason, boolean retriable, Throwable cause) {
        this(reason, retriable, false, cause);
    }

    public ChatException(String reason, boolean retriable, boolean channelGone, Throwable cause) {
        super("chat platform error: " + reason, retriable, cause);
        this.reason = reason;
        this.channelGone = channelGone;
    }

    public String reason() {
        return reason;
    }

    public boolean channelGone() {
        return channelGone;
    }
}
