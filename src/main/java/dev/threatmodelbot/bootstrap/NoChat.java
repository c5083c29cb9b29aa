package dev.threatmodelbot.bootstrap;

import dev.threatmodelbot.application.ChatException;
import dev.threatmodelbot.application.ChatGateway;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;

/** The gateway when no chat platform is configured: nothing can arrive, so nothing is ever sent. */
final class NoChat implements ChatGateway {

    @Override
    public String deliver(Session session, Outbound message) {
        throw new ChatException("no chat platform configured", false, null);
    }

    @Override
    public String attach(Session session, Outbound message, String filename, byte[] png) {
        throw new ChatException("no chat platform configured", false, null);
    }

    @Override
    public String permalink(Session session, String messageId) {
        throw new ChatException("no chat platform configured", false, null);
    }

    @Override
    public byte[] download(Session session, dev.threatmodelbot.application.SharedFile file) {
        throw new ChatException("no chat platform configured", false, null);
    }
}
