package dev.threatmodelbot.domain;

import java.util.Optional;

/** Where to talk: a channel of a workspace (tenant) on a platform, optionally one thread in it. */
public record ConversationAddress(Platform platform, String workspace, String channel, Optional<String> thread) {

    public static ConversationAddress channel(Platform platform, String workspace, String channel) {
        return new ConversationAddress(platform, workspace, channel, Optional.empty());
    }

    public ConversationAddress inThread(String threadId) {
        return new ConversationAddress(platform, workspace, channel, Optional.of(threadId));
    }

    /** A stable string naming the channel, for keys and logs. */
    public String channelKey() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + workspace + ":" + channel;
    }
}
