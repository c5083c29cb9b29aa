package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;
import java.util.List;

/**
 * A person's reply in a session thread. Mentions in {@code text} are {@code {@USER}} tokens;
 * {@code files} are files shared with the reply (design docs to read).
 */
public record ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at,
        List<SharedFile> files) implements InboundEvent {

    public ReplyPosted {
        files = files == null ? List.of() : List.copyOf(files); // recorded before files were read
    }

    public ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at) {
        this(key, sessionId, user, text, messageId, at, List.of());
    }
}
