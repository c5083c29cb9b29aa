package dev.threatmodelbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.ChatGatewayContract;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.support.FakeSlack;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class SlackChatGatewayTest extends ChatGatewayContract {
    private final FakeSlack fake = new FakeSlack();
    private final SlackChatGateway gateway;

    SlackChatGatewayTest() {
        fake.stub(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/chat.postEphemeral"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"message_ts\":\"1700000000.000999\"}")));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        gateway = new SlackChatGateway(Slack.getInstance(config).methods(FakeSlack.TOKEN),
                new SlackRetry(3, Duration.ofMillis(10)), new SlackFiles(FakeSlack.TOKEN, fake.apiUrl()));
    }

    @AfterEach
    void close() {
        fake.close();
    }

    @Override
    protected ChatGateway gateway() {
        return gateway;
    }

    @Override
    protected ConversationAddress channel() {
        return ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, "C0CHANNEL1");
    }

    @Override
    protected long shown(String text) {
        return fake.accepted().stream().filter(m -> String.valueOf(m.get("text")).contains(text)).count();
    }

    @Override
    protected long shownOnlyTo(String user, String text) {
        return fake.calls("chat.postEphemeral").stream().filter(c -> user.equals(c.get("user"))
                && String.valueOf(c.get("text")).contains(text)).count()
                + fake.calls("chat.postMessage").stream().filter(c -> user.equals(c.get("channel"))
                        && String.valueOf(c.get("text")).contains(text)).count();
    }

    @Override
    protected long shownInView(String text) {
        return java.util.stream.Stream.concat(fake.calls("chat.postMessage").stream(), fake.calls("chat.update").stream())
                .filter(m -> m.get("blocks") != null && m.get("blocks").contains(text)).count();
    }
}
