package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.ConversationAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The enabled chat surfaces as one gateway: a session lives on the surface it was started on, so each
 * of its messages goes to that surface's gateway. A session whose surface was switched off since is
 * refused as a channel the bot may not post in is.
 */
public final class Surfaces implements ChatGateway {
    private final Map<Platform, ChatGateway> gateways;

    public Surfaces(Map<Platform, ChatGateway> gateways) {
        this.gateways = new EnumMap<>(Platform.class);
        this.gateways.putAll(gateways);
    }

    public Set<Platform> enabled() {
        return gateways.keySet();
    }

    @Override
    public String deliver(Delivery d) {
        return of(d.channel()).deliver(d);
    }

    @Override
    public String attach(Delivery d, String filename, byte[] content) {
        return of(d.channel()).attach(d, filename, content);
    }

    @Override
    public String permalink(ConversationAddress channel, String messageId, java.util.Optional<String> thread) {
        return of(channel).permalink(channel, messageId, thread);
    }

    @Override
    public byte[] download(ConversationAddress channel, SharedFile file) {
        return of(channel).download(channel, file);
    }

    private ChatGateway of(ConversationAddress channel) {
        ChatGateway g = gateways.get(channel.platform());
        if (g == null) {
            throw new ChatException(channel.platform().name().toLowerCase(java.util.Locale.ROOT)
                    + " is not configured on this server", false, null);
        }
        return g;
    }
}
