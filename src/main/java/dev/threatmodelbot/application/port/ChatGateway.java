package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;

/** Talks to people on a chat platform. */
public interface ChatGateway {

    /**
     * Delivers one message of the session and returns the platform's id of the message. When the
     * message was attempted before, implementations first look for that earlier delivery (by its
     * key) and return it instead of posting again.
     *
     * @throws ChatException when the platform refuses or cannot be reached after retries
     */
    String deliver(Session session, Outbound message);

    /**
     * Posts a file — the diagram picture, or an export — with the message's text as caption in the
     * session's thread (the draft's, for draft messages) and returns the platform's id of the file.
     *
     * @throws ChatException when the platform refuses or cannot be reached after retries
     */
    String attach(Session session, Outbound message, String filename, byte[] content);

    /** A link people can open to one of the session's messages (a threat's reply, the draft's root). */
    String permalink(Session session, String messageId);

    /**
     * The bytes of a file shared in the session thread, at most {@link DocumentReader#MAX_BYTES}.
     *
     * @throws ChatException when the platform refuses (not retriable: the file is gone or the bot may
     *     not read it) or cannot be reached (retriable)
     */
    byte[] download(Session session, SharedFile file);
}
