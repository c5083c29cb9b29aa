package dev.threatmodelbot.application.event;

import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person's reply in a session thread. Mentions in {@code text} are {@code {@USER}} tokens;
 * {@code files} are files shared with the reply (design docs to read); {@code thread} is the id of
 * the message whose thread it is in (the kickoff, or a draft's root), when the platform says.
 */
public record ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at,
        List<SharedFile> files, Optional<String> thread) implements InboundEvent {

    public ReplyPosted {
        files = files == null ? List.of() : List.copyOf(files); // recorded before files were read
        thread = thread == null ? Optional.empty() : thread; // recorded before threads were kept
    }

    public ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at) {
        this(key, sessionId, user, text, messageId, at, List.of(), Optional.empty());
    }

    public ReplyPosted(String key, SessionId sessionId, String user, String text, String messageId, Instant at,
            List<SharedFile> files) {
        this(key, sessionId, user, text, messageId, at, files, Optional.empty());
    }
}
