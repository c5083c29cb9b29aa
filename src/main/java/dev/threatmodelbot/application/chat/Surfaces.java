package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
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
    public String deliver(Session session, Outbound message) {
        return of(session).deliver(session, message);
    }

    @Override
    public String attach(Session session, Outbound message, String filename, byte[] content) {
        return of(session).attach(session, message, filename, content);
    }

    @Override
    public String permalink(Session session, String messageId) {
        return of(session).permalink(session, messageId);
    }

    @Override
    public byte[] download(Session session, SharedFile file) {
        return of(session).download(session, file);
    }

    private ChatGateway of(Session session) {
        ChatGateway g = gateways.get(session.channel().platform());
        if (g == null) {
            throw new ChatException(session.channel().platform().name().toLowerCase(java.util.Locale.ROOT)
                    + " is not configured on this server", false, null);
        }
        return g;
    }
}
