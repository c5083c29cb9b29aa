package dev.threatmodelbot.application;

/** A chat platform refused a call ({@code reason} is its error code) or could not be reached. */
public class ChatException extends BotException {
    private final String reason;

    public ChatException(String reason, boolean retriable, Throwable cause) {
        super("chat platform error: " + reason, retriable, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
