package dev.threatmodelbot.adapter.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty 12: the platform endpoints plus {@code /healthz} (alive) and {@code /readyz} (Redis answers). Every
 * platform endpoint sits behind a {@link GuardedEndpoint}; error pages name the status only.
 */
public final class HttpServer implements AutoCloseable {
    /** Slack's request bodies are small (a message holds at most 40,000 characters); a megabyte is ample. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** A platform's endpoint at {@code path}; without a handler it answers that the platform is not configured. */
    public record Endpoint(String path, String platform, Optional<GuardedEndpoint> handler) {}

    /**
     * A surface's own route (a servlet that checks every request itself, like the web workspace's), at
     * {@code path} ({@code /} for everything no other route takes); streams may stay open.
     */
    public record Route(String path, String name, HttpServlet servlet) {}

    /** A route answering {@code GET path} with what {@code body} gives, as {@code contentType}. */
    public static Route text(String path, String name, String contentType, java.util.function.Supplier<String> body) {
        return new Route(path, name, new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setStatus(200);
                resp.setContentType(contentType);
                resp.getWriter().write(body.get());
            }
        });
    }

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    public HttpServer(String host, int port, List<Endpoint> endpoints, BooleanSupplier ready) {
        this(host, port, endpoints, List.of(), ready);
    }

    public HttpServer(String host, int port, List<Endpoint> endpoints, List<Route> routes, BooleanSupplier ready) {
        this(host, port, endpoints, routes, ready, java.util.Optional.empty());
    }

    /** With Jetty's connections, thread pool and requests measured in {@code meters} when given. */
    public HttpServer(String host, int port, List<Endpoint> endpoints, List<Route> routes, BooleanSupplier ready,
            java.util.Optional<io.micrometer.core.instrument.MeterRegistry> meters) {
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        for (Endpoint e : endpoints) {
            HttpServlet servlet = e.handler().<HttpServlet>map(h -> h).orElseGet(() -> new NotConfigured(e.platform()));
            context.addServlet(new ServletHolder(e.platform(), servlet), e.path());
        }
        for (Route r : routes) {
            ServletHolder holder = new ServletHolder(r.name(), r.servlet());
            holder.setAsyncSupported(true);
            context.addServlet(holder, r.path());
        }
        context.addServlet(new ServletHolder("healthz", new Probe(() -> true)), "/healthz");
        context.addServlet(new ServletHolder("readyz", new Probe(ready)), "/readyz");
        context.setErrorHandler(new QuietErrors());
        server.setErrorHandler(new QuietErrors());
        if (meters.isPresent()) {
            io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics.addToAllConnectors(server, meters.get());
            new io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics(server.getThreadPool(),
                    java.util.List.of()).bindTo(meters.get());
            io.micrometer.jetty12.server.TimedHandler timed = new io.micrometer.jetty12.server.TimedHandler(meters.get(),
                    java.util.List.of());
            timed.setHandler(context);
            server.setHandler(timed);
        } else {
            server.setHandler(context);
        }
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
