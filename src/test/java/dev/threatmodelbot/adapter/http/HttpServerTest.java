package dev.threatmodelbot.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    static final java.util.List<HttpServer.Endpoint> SLACK_OFF =
            java.util.List.of(new HttpServer.Endpoint("/slack/events", "Slack", Optional.empty()));
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(int port, String path, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_be_ready_only_while_its_check_passes_and_stay_alive_meanwhile() throws Exception {
        AtomicBoolean redisAnswers = new AtomicBoolean(true);
        try (HttpServer server = new HttpServer("127.0.0.1", 0, SLACK_OFF, redisAnswers::get)) {
            server.start();
            assertThat(get(server.port(), "/readyz", "GET").statusCode()).isEqualTo(200);

            redisAnswers.set(false);

            assertThat(get(server.port(), "/readyz", "GET").statusCode()).isEqualTo(503);
            assertThat(get(server.port(), "/healthz", "GET").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_say_plainly_when_slack_is_not_configured() throws Exception {
        try (HttpServer server = new HttpServer("127.0.0.1", 0, SLACK_OFF, () -> true)) {
            server.start();
            HttpResponse<String> r = get(server.port(), "/slack/events", "POST");

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Slack is not configured");
        }
    }
}
