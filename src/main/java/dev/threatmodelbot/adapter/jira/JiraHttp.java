package dev.threatmodelbot.adapter.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodelbot.application.port.TrackerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One call to Jira's REST API, one attempt: authenticated, JSON both ways. A refusal becomes a
 * non-retriable {@link TrackerException} with Jira's reason; what may pass (429, 5xx, 408, a
 * timeout, a lost connection) becomes {@link JiraUnavailable} for {@link Retries} to handle.
 */
final class JiraHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final JiraSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private final dev.threatmodelbot.application.port.Metrics metrics;

    JiraHttp(JiraSettings settings, HttpClient client, Clock clock, dev.threatmodelbot.application.port.Metrics metrics) {
        this.metrics = metrics;
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** POSTs {@code body} to {@code /rest/api/<version>/<path>} and reads the answer's JSON. */
    JsonNode post(String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api(path)))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        String outcome = "error"; // unless Jira answers: timeouts, refused connections, TLS and the like are errors
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            outcome = response.statusCode() / 100 == 2 ? "ok" : response.statusCode() == 429 ? "rate_limited" : "error";
            return read(response);
        } catch (java.net.http.HttpConnectTimeoutException e) {
            throw new JiraUnavailable("could not connect to Jira in time", Optional.empty(), false, e);
        } catch (HttpTimeoutException e) {
            throw new JiraUnavailable("Jira did not answer in time", Optional.empty(), e);
        } catch (java.net.ConnectException e) {
            throw new JiraUnavailable("could not connect to Jira (" + settings.url().getHost() + ")", Optional.empty(),
                    false, e);
        } catch (java.net.UnknownHostException e) {
            throw new TrackerException("Jira's host " + settings.url().getHost() + " is unknown here: check JIRA_URL",
                    false, e);
        } catch (javax.net.ssl.SSLException e) {
            throw new TrackerException("the TLS connection to " + settings.url().getHost() + " failed ("
                    + JiraErrors.clip(String.valueOf(e.getMessage())) + "): is its certificate trusted here?", false, e);
        } catch (IOException e) {
            throw new JiraUnavailable(JiraErrors.clip("could not reach Jira (" + e.getClass().getSimpleName()
                    + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse("") + ")"), Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException("interrupted while calling Jira", true, e);
        } finally {
            metrics.call("jira", outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    String api(String path) {
        return settings.url() + "/rest/api/" + settings.apiVersion() + "/" + path;
    }

    /** Basic with the account's email (always on Cloud), else the token as a Data Center bearer token. */
    private String authorization() {
        return settings.email()
                .map(email -> "Basic " + Base64.getEncoder().encodeToString(
                        (email + ":" + settings.token()).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> "Bearer " + settings.token());
    }

    private JsonNode read(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status == 429 || status == 408 || status >= 500) {
            Optional<Duration> wait = JiraErrors.retryAfter(response.headers().firstValue("Retry-After"), clock);
            String what = status == 429 ? "Jira is rate-limiting" : "Jira is unavailable";
            boolean refusedFirst = status == 429 || status == 503 || status == 408;
            throw new JiraUnavailable(what + " (HTTP " + status + ")", wait, !refusedFirst, null);
        }
        if (status < 200 || status >= 300) {
            throw new TrackerException(JiraErrors.reason(status, body, settings.token()), false,
                    status == 400 || status == 422, null);
        }
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TrackerException("Jira answered HTTP " + status + " with something other than JSON; check "
                    + "the Jira URL", false, e);
        }
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
