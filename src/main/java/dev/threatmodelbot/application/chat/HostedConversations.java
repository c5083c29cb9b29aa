package dev.threatmodelbot.application.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a surface that hosts its own conversations (the local web workspace) keeps them: messages in
 * the order they were posted, reactions, and shared files. Contents are opaque to the store; a
 * {@code space} is one channel. Durable like the sessions, so a restart keeps every conversation.
 */
public interface HostedConversations {

    /** A stored message: its id (ids increase with posting order) and its content. */
    record Stored(String id, String content) {}

    /**
     * Stores a message once per {@code key}: posting again under a key already used returns the
     * first message's id and stores nothing, so a retried delivery never shows twice.
     */
    String post(String space, String key, String content);

    /** Replaces a stored message's content (an edit, a re-rendered tally); unknown ids change nothing. */
    void replace(String space, String id, String content);

    Optional<String> message(String space, String id);

    /** Every message of the space, oldest first. */
    List<Stored> messages(String space);

    /** Adds or removes one person's reaction; true when that changed anything. */
    boolean react(String space, String messageId, String reaction, String user, boolean on);

    /** Each reaction on the message as {@code reaction|user}. */
    Set<String> reactions(String space, String messageId);

    void putFile(String id, byte[] content);

    Optional<byte[]> file(String id);

    /** A setting of the surface that outlives a restart (how far the workspace's clock was moved). */
    Optional<String> setting(String name);

    void setting(String name, String value);

    /** Grows with every change of the space, so a page can tell it is behind. */
    long version(String space);
}
