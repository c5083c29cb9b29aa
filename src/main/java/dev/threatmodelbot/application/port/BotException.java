package dev.threatmodelbot.application.port;

/** Root of the service's exceptions; {@code retriable} says whether trying again may succeed. */
public class BotException extends RuntimeException {
    private final boolean retriable;

    public BotException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public BotException(String message, boolean retriable) {
        this(message, retriable, null);
    }

    public boolean retriable() {
        return retriable;
    }
}
