package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.adapter.redis.RedisBackend;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.ChatGatewayContract;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.support.TestRedis;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

class WebChatGatewayTest extends ChatGatewayContract {
    private final RedisBackend redis = RedisBackend.connect(Optional.of(URI.create(TestRedis.url())), Path.of("target"),
            TestRedis.freshPrefix());
    private final HostedConversations store = redis.hostedConversations();
    private final WebChatGateway gateway = new WebChatGateway(store, Clock.systemUTC(), () -> "http://localhost:3000");

    @AfterEach
    void close() {
        redis.close();
    }

    @Override
    protected ChatGateway gateway() {
        return gateway;
    }

    @Override
    protected ConversationAddress channel() {
        return WebWorkspace.CHANNEL;
    }

    @Override
    protected long shown(String text) {
        return store.messages(WebWorkspace.CHANNEL.channel()).stream().map(m -> WebMessage.read(m.content()))
                .filter(m -> m.text().contains(text)).count();
    }

    @Override
    protected long shownOnlyTo(String user, String text) {
        return store.messages(WebWorkspace.CHANNEL.channel()).stream().map(m -> WebMessage.read(m.content()))
                .filter(m -> m.visibleTo().filter(user::equals).isPresent() && m.text().contains(text)).count();
    }

    @Override
    protected long shownInView(String text) {
        return store.messages(WebWorkspace.CHANNEL.channel()).stream().map(m -> WebMessage.read(m.content()))
                .filter(m -> m.threat().map(t -> t.title()).filter(t -> t.contains(text)).isPresent()
                        || m.root().map(r -> r.title()).filter(t -> t.contains(text)).isPresent())
                .count();
    }
}
