package dev.threatmodelbot.adapter.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty 12: the platform endpoints plus {@code /healthz} (alive) and {@code /readyz} (Redis answers). */
public final class HttpServer implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    public HttpServer(String host, int port, Optional<HttpServlet> slack, BooleanSupplier ready) {
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder("slack", slack.orElseGet(() -> new NotConfigured("Slack"))),
                "/slack/events");
        context.addServlet(new ServletHolder("healthz", new Probe(() -> true)), "/healthz");
        context.addServlet(new ServletHolder("readyz", new Probe(ready)), "/readyz");
        server.setHandler(context);
        server.setStopTimeout(5_000);
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on port " + connector.getPort() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static final class Probe extends HttpServlet {
        private final transient BooleanSupplier check;

        Probe(BooleanSupplier check) {
            this.check = check;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            boolean ok;
            try {
                ok = check.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            resp.setStatus(ok ? 200 : 503);
            resp.setContentType("text/plain");
            resp.getWriter().write(ok ? "ok\n" : "not ready\n");
        }
    }

    private static final class NotConfigured extends HttpServlet {
        private final String platform;

        NotConfigured(String platform) {
            this.platform = platform;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(404);
            resp.setContentType("application/json");
            resp.getWriter().write("{\"error\":\"" + platform + " is not configured on this server\"}");
        }
    }
}
