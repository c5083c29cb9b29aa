package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.Optional;

/**
 * The local web workspace: a chat channel served by the service itself, where one person runs a whole
 * session by being each participant in turn. It is a surface like Slack: the page's actions become the
 * core's inbound events, and the core's messages are written into the workspace's own conversations.
 */
public final class WebWorkspace implements AutoCloseable {
    /** The workspace's one channel. */
    public static final ConversationAddress CHANNEL = ConversationAddress.channel(Platform.WEB, "local",
            "threat-modeling");

    /** The setting that keeps how far the page moved the clock. */
    static final String CLOCK_AHEAD = "clock-ahead";

    private final WebGuard guard;
    private final WebChatGateway gateway;
    private final LiveUpdates live;
    private final WebApi api;

    /**
     * @param clockControl the service's clock when the page may move it (the workspace is the only surface)
     * @param baseUrl where people open the workspace, for links in tickets (known once the server listens)
     * @param secret when set, the workspace may be opened from other machines by whoever knows it
     */
    public WebWorkspace(Intake intake, HostedConversations store, Clock clock, Optional<WorkspaceClock> clockControl,
            java.util.function.Supplier<String> baseUrl, Optional<String> secret) {
        clockControl.ifPresent(c -> store.setting(CLOCK_AHEAD).map(WebWorkspace::duration)
                .filter(d -> d.compareTo(c.ahead()) > 0).ifPresent(d -> c.advance(d.minus(c.ahead()))));
        this.guard = new WebGuard(secret);
        this.gateway = new WebChatGateway(store, clock, baseUrl);
        this.live = new LiveUpdates(store, CHANNEL.channel());
        this.api = new WebApi(guard, intake, new Commands(intake, clock), store, CHANNEL, clock, clockControl, live);
    }

    private static java.time.Duration duration(String stored) {
        try {
            return java.time.Duration.parse(stored);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Duration.ZERO;
        }
    }

    public ChatGateway gateway() {
        return gateway;
    }

    /** Serves {@code /api/*}. */
    public HttpServlet api() {
        return api;
    }

    /** Serves the page at {@code /}. */
    public HttpServlet pages() {
        return new WebPages(guard);
    }

    @Override
    public void close() {
        live.close();
    }
}
