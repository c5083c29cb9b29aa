package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;

/** The key layout, all under one prefix ({@code tm:} in production). Documented in the README. */
public record RedisKeys(String prefix) {

    public static RedisKeys standard() {
        return new RedisKeys("tm:");
    }

    String session(SessionId id) {
        return prefix + "session:" + id;
    }

    String reservedId(SessionId id) {
        return prefix + "id:" + id;
    }

    String thread(ConversationAddress thread) {
        return prefix + "thread:" + thread.channelKey() + ":" + thread.thread().orElseThrow();
    }

    String channel(ConversationAddress channel) {
        return prefix + "channel:" + channel.channelKey();
    }

    String dedupe(String eventKey) {
        return prefix + "seen:" + eventKey;
    }

    String inbox() {
        return prefix + "inbox";
    }

    /** The session's own stream of recorded events, applied in order. */
    String events(SessionId id) {
        return eventsPrefix() + id;
    }

    String eventsPrefix() {
        return prefix + "events:";
    }

    /** How often one event's processing threw ({@code <session>/<stream entry id>}). */
    String failure(String event) {
        return prefix + "inbox:failure:" + event;
    }

    String deadLetters() {
        return prefix + "inbox:dead";
    }

    String jobs() {
        return prefix + "jobs";
    }

    String lock(SessionId id) {
        return prefix + "lock:" + id;
    }

    String instancePrefix() {
        return prefix + "instance:";
    }
}
