package dev.threatmodelbot.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.MessageEvent;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.SlackUser;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The floor: a Bolt app that acks message events and does nothing else, behind the same Jetty and
 * servlet adapter as the service. Bolt is configured like the service's adapter (cached auth.test,
 * no stats) so that the only difference between the targets is the work done before the ack.
 */
final class BareBoltTarget implements Target {
    private final FakeSlack slack = new FakeSlack();
    private final Slack client;
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final String threadTs = FakeSlack.nextTs();

    BareBoltTarget() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        client = Slack.getInstance(config);
        App app = new App(AppConfig.builder()
                .slack(client)
                .singleTeamBotToken(FakeSlack.TOKEN)
                .signingSecret(SlackUser.SECRET)
                .authTestCacheEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build());
        app.event(MessageEvent.class, (p, ctx) -> ctx.ack());
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder("slack", new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        server.start();
    }

    @Override
    public String name() {
        return "bare Bolt";
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/slack/events");
    }

    @Override
    public String nextEvent() {
        return BenchEvents.threadReply(threadTs);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("bare Bolt Jetty did not stop cleanly: " + e);
        }
        try {
            client.close();
        } catch (Exception e) {
            System.err.println("bare Bolt Slack client did not close cleanly: " + e);
        }
        slack.close();
    }
}
