package dev.threatmodelbot.application.port;

import dev.threatmodelbot.application.chat.Delivery;
import dev.threatmodelbot.domain.ConversationAddress;
import java.util.Optional;

/**
 * Talks to people on a chat platform. The core works out where each message goes and what it shows
 * ({@link Delivery}); a surface renders it in its own idiom and posts it.
 */
public interface ChatGateway {

    /**
     * Delivers one message and returns the platform's id of the message. When the message was attempted before,
     * implementations first look for that earlier delivery (by the session and the message's key) and return it
     * instead of posting again.
     *
     * @throws ChatException when the platform refuses or cannot be reached after retries
     */
    String deliver(Delivery delivery);

    /**
     * Posts a file — the diagram picture, or an export — with the message's text as caption in the delivery's
     * thread and returns the platform's id of the file.
     *
     * @throws ChatException when the platform refuses or cannot be reached after retries
     */
    String attach(Delivery delivery, String filename, byte[] content);

    /** A link people can open to a message in {@code channel}, a reply in {@code thread} when it has one. */
    String permalink(ConversationAddress channel, String messageId, Optional<String> thread);

    /**
     * The bytes of a file shared in {@code channel}, at most {@link DocumentReader#MAX_BYTES}.
     *
     * @throws ChatException when the platform refuses (not retriable: the file is gone or the bot may
     *     not read it) or cannot be reached (retriable)
     */
    byte[] download(ConversationAddress channel, SharedFile file);
}
