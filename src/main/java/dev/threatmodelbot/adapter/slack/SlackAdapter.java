package dev.threatmodelbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.Intake;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Slack in both directions: the Bolt app behind {@code POST /slack/events} (signature and shape checked on
 * the raw body before Bolt reads it) and the Web API client that the core talks through.
 */
public final class SlackAdapter {
    private final App app;
    private final SlackChatGateway gateway;
    private final SlackSignatures signatures;
    private final SlackRequestShape shape = new SlackRequestShape();

    public SlackAdapter(String botToken, String signingSecret, String apiUrl, Intake intake, Clock clock) {
        this(botToken, signingSecret, apiUrl, intake, clock, dev.threatmodelbot.application.port.Metrics.NONE);
    }

    /** With every Web API call counted and timed in {@code metrics}. */
    public SlackAdapter(String botToken, String signingSecret, String apiUrl, Intake intake, Clock clock,
            dev.threatmodelbot.application.port.Metrics metrics) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(10_000);
        config.setHttpClientCallTimeoutMillis(15_000);
        Slack slack = Slack.getInstance(config);
        this.signatures = new SlackSignatures(signingSecret, Clock.systemUTC());
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                .authTestCacheEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build());
        SlackCommands commands = new SlackCommands(new dev.threatmodelbot.application.chat.Commands(intake, clock));
        StartModal modal = new StartModal(intake, clock);
        app.command("/threatmodel", commands::handle);
        app.viewSubmission(StartModal.CALLBACK, modal::submit);
        new SlackEvents(intake, clock).register(app);
        new SlackChoices(intake, clock).register(app);
        this.gateway = new SlackChatGateway(slack.methods(botToken), new SlackRetry(6, Duration.ofMillis(500), metrics),
                new SlackFiles(botToken, apiUrl));
    }

    /** Lets the core's messages reach Slack; set before any event is processed. */
    public ChatGateway gateway() {
        return gateway;
    }

    /** Bolt's servlet; reached only through the HTTP layer's guard, which asks {@link #authentic} and {@link #problem} first. */
    public HttpServlet servlet() {
        return new SlackAppServlet(app);
    }

    /** True when the raw request carries a valid, fresh Slack signature. */
    public boolean authentic(Map<String, String> headers, byte[] body) {
        return signatures.authentic(headers, body);
    }

    /** Why an authentic body cannot be handled, or empty when Bolt and the handlers can take it. */
    public Optional<String> problem(String contentType, byte[] body) {
        return shape.problem(contentType, body);
    }
}
