package dev.threatmodelbot.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardedEndpointTest {
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> handled = new ArrayList<>();

    /** A handler that records what it read, and fails on the body "boom". */
    final HttpServlet handler = new HttpServlet() {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String body = new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (body.equals("boom")) {
                throw new IllegalStateException("secret internals at line 42");
            }
            handled.add(body);
            resp.setStatus(200);
        }
    };

    /** Authentic when the header says so; a body of "bad" has the wrong shape. */
    final InboundRules rules = new InboundRules((headers, body) -> "yes".equals(headers.get("x-proof")),
            (type, body) -> new String(body, java.nio.charset.StandardCharsets.UTF_8).equals("bad")
                    ? Optional.of("the body is bad") : Optional.empty());

    HttpResponse<String> post(int port, String proof, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/in")).header("X-Proof", proof)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpServer server() {
        HttpServer server = new HttpServer("127.0.0.1", 0, List.of(new HttpServer.Endpoint("/in", "Test",
                Optional.of(new GuardedEndpoint(rules, handler, 1000)))), () -> true);
        server.start();
        return server;
    }

    @Test
    void should_pass_an_authentic_well_formed_body_to_the_handler_unchanged() throws Exception {
        try (HttpServer server = server()) {
            assertThat(post(server.port(), "yes", "hello").statusCode()).isEqualTo(200);
        }
        assertThat(handled).containsExactly("hello");
    }

    @Test
    void should_check_size_then_origin_then_shape_and_never_reach_the_handler() throws Exception {
        try (HttpServer server = server()) {
            assertThat(post(server.port(), "no", "x".repeat(1001)).statusCode()).isEqualTo(413);
            assertThat(post(server.port(), "no", "bad").statusCode()).isEqualTo(401);
            HttpResponse<String> bad = post(server.port(), "yes", "bad");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).isEqualTo("{\"error\":\"the body is bad\"}");
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void should_answer_a_short_400_without_the_exception_when_the_handler_fails() throws Exception {
        try (HttpServer server = server()) {
            HttpResponse<String> r = post(server.port(), "yes", "boom");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("secret internals").doesNotContain("Exception");
        }
    }
}
