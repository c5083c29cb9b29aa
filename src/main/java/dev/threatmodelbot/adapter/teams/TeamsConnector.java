package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.port.ChatException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Connector REST calls the bot makes (v3 conversations: start a thread, reply in one, update a message) with
 * the bot's own token, and Teams' retry rules: 429 waits for {@code Retry-After}; 412, 5xx and network errors back
 * off exponentially with jitter; any other refusal is final (403/404: the bot cannot reach the conversation).
 */
final class TeamsConnector {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsConnector.class);
    private static final String SCOPE = "https://api.botframework.com/.default";
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final TeamsSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final int attempts;
    private final Duration firstBackoff;
    private volatile String token;
    private volatile Instant tokenUntil = Instant.MIN;

    private final dev.threatmodelbot.application.port.Metrics metrics;

    TeamsConnector(TeamsSettings settings, Clock clock, int attempts, Duration firstBackoff, dev.threatmodelbot.application.port.Metrics metrics) {
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new thread in a channel; returns the new message's id (the thread's root). */
    String startThread(String serviceUrl, String tenant, String channel, ObjectNode activity) {
        ObjectNode body = TeamsActivities.JSON.createObjectNode();
        body.put("isGroup", true);
        body.putObject("channelData").putObject("channel").put("id", channel);
        body.put("tenantId", tenant);
        body.set("activity", activity);
        JsonNode answer = call("POST", serviceUrl, "v3/conversations", body);
        String id = answer.path("activityId").asText("");
        if (id.isEmpty()) {
            String conversation = answer.path("id").asText("");
            int at = conversation.indexOf(";messageid=");
            id = at < 0 ? "" : conversation.substring(at + ";messageid=".length());
        }
        if (id.isEmpty()) {
            throw new ChatException("no message id in the answer", false, null);
        }
        return id;
    }

    /** A message in a conversation (a channel thread's id ends in {@code ;messageid=<root>}); returns its id. */
    String send(String serviceUrl, String conversation, ObjectNode activity) {
        JsonNode answer = call("POST", serviceUrl, "v3/conversations/" + enc(conversation) + "/activities", activity);
        String id = answer.path("id").asText("");
        if (id.isEmpty()) {
            throw new ChatException("no message id in the answer", false, null);
        }
        return id;
    }

    /** Replaces a message the bot posted. */
    void update(String serviceUrl, String conversation, String messageId, ObjectNode activity) {
        activity.put("id", messageId);
        call("PUT", serviceUrl, "v3/conversations/" + enc(conversation) + "/activities/" + enc(messageId), activity);
    }

    /** A one-to-one conversation with {@code user}; returns its id. */
    String personal(String serviceUrl, String tenant, String user) {
        ObjectNode body = TeamsActivities.JSON.createObjectNode();
        body.put("isGroup", false);
        body.putArray("members").addObject().put("id", user);
        body.putObject("channelData").putObject("tenant").put("id", tenant);
        body.put("tenantId", tenant);
        return call("POST", serviceUrl, "v3/conversations", body).path("id").asText("");
    }

    /** A team member by directory (AAD) object id, or empty when they are not one; one quick attempt. */
    Optional<JsonNode> member(String serviceUrl, String conversation, String aadObjectId) {
        try {
            return Optional.of(call("GET", serviceUrl, "v3/conversations/" + enc(conversation) + "/members/"
                    + enc(aadObjectId), null, 2, Duration.ofSeconds(4)));
        } catch (ChatException e) {
            return Optional.empty();
        }
    }

    private JsonNode call(String method, String serviceUrl, String path, ObjectNode body) {
        return call(method, serviceUrl, path, body, attempts, Duration.ofSeconds(30));
    }

    private JsonNode call(String method, String serviceUrl, String path, ObjectNode body, int attempts,
            Duration timeout) {
        URI uri = URI.create((serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/") + path);
        Duration backoff = firstBackoff;
        String last = "unreachable";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Duration wait = backoff;
            long started = System.nanoTime();
            try {
                HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(TeamsActivities.JSON.writeValueAsString(body)));
                bearer().ifPresent(t -> req.header("Authorization", "Bearer " + t));
                HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
                int status = r.statusCode();
                metrics.call("teams", status / 100 == 2 ? "ok" : status == 429 ? "rate_limited" : "error",
                        Duration.ofNanos(System.nanoTime() - started));
                if (status / 100 == 2) {
                    return r.body() == null || r.body().isBlank() ? TeamsActivities.JSON.createObjectNode()
                            : TeamsActivities.JSON.readTree(r.body());
                }
                last = "HTTP " + status;
                if (status == 401) {
                    tokenUntil = Instant.MIN; // fetch a fresh token once before giving up
                }
                if (status == 429) {
                    wait = retryAfter(r).orElse(backoff);
                } else if (status != 412 && status != 401 && status < 500) {
                    throw new ChatException(last, false, status == 403 || status == 404, null);
                }
            } catch (IOException e) {
                metrics.call("teams", "error", Duration.ofNanos(System.nanoTime() - started));
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted", true, e);
            }
            if (attempt < attempts) {
                LOG.info("Teams {} {} failed ({}), attempt {} of {}; retrying in {} ms", method, path.split("/")[0], last,
                        attempt, attempts, wait.toMillis());
                sleep(wait.plusMillis(ThreadLocalRandom.current().nextLong(Math.max(1, wait.toMillis() / 4 + 1))));
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new ChatException(last, true, null);
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> r) {
        try {
            return r.headers().firstValue("Retry-After").map(v -> Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim()))))
                    .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The bot's own token (client credentials), fetched when missing or within five minutes of expiry. */
    private synchronized Optional<String> bearer() throws IOException, InterruptedException {
        if (settings.appId().isEmpty()) {
            return Optional.empty();
        }
        if (token != null && clock.instant().isBefore(tokenUntil)) {
            return Optional.of(token);
        }
        String form = "grant_type=client_credentials&client_id=" + enc(settings.appId()) + "&client_secret="
                + enc(settings.password()) + "&scope=" + enc(SCOPE);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(settings.tokenUrl()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            LOG.error("the bot's token was refused (HTTP {}): check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and "
                    + "MICROSOFT_APP_TENANT_ID", r.statusCode());
            throw new IOException("token refused");
        }
        JsonNode t = TeamsActivities.JSON.readTree(r.body());
        token = t.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new IOException("no token in the answer");
        }
        tokenUntil = clock.instant().plusSeconds(Math.max(60, t.path("expires_in").asLong(3600)) - 300);
        return Optional.of(token);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException("interrupted", true, e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
