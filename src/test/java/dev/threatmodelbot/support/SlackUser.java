package dev.threatmodelbot.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sends what Slack would send to the server when people act: signed slash commands, events, modal submits. */
public final class SlackUser {
    public static final String SECRET = "test-signing-secret-0123456789abcdef";
    public static final String CHANNEL = "C0THREATS1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    public SlackUser(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    public HttpResponse<String> command(String user, String text) {
        return sendCommandIn(CHANNEL, user, text);
    }

    public HttpResponse<String> sendCommandIn(String channel, String user, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token-unused");
        f.put("team_id", FakeSlack.TEAM);
        f.put("team_domain", "acme");
        f.put("channel_id", channel);
        f.put("channel_name", "threat-modeling");
        f.put("user_id", user);
        f.put("user_name", user.toLowerCase());
        f.put("command", "/threatmodel");
        f.put("text", text);
        f.put("api_app_id", "A0APP00001");
        f.put("is_enterprise_install", "false");
        f.put("response_url", "http://127.0.0.1:1/commands/unused");
        f.put("trigger_id", UUID.randomUUID().toString());
        return send(form(f), "application/x-www-form-urlencoded", SECRET, now());
    }

    /** A thread reply, as the Events API delivers it; returns the reply's ts. */
    public String reply(String user, String threadTs, String text) {
        String ts = FakeSlack.nextTs();
        HttpResponse<String> r = event(SlackPayloads.threadReply(user, threadTs, ts, text, "Ev" + UUID.randomUUID()));
        if (r.statusCode() != 200) {
            throw new AssertionError("reply not acknowledged: " + r.statusCode() + " " + r.body());
        }
        return ts;
    }

    /** Shares files in a thread, with {@code text} as the message; returns the message's ts. */
    public String share(String user, String threadTs, String text, java.util.List<String[]> files) {
        String ts = FakeSlack.nextTs();
        HttpResponse<String> r = event(SlackPayloads.fileShare(user, threadTs, ts, text, "Ev" + UUID.randomUUID(),
                files));
        if (r.statusCode() != 200) {
            throw new AssertionError("file share not acknowledged: " + r.statusCode() + " " + r.body());
        }
        return ts;
    }

    /** Adds ({@code added}) or removes a reaction on a message; the event must be acknowledged. */
    public void react(String user, String messageTs, String reaction, boolean added) {
        HttpResponse<String> r = event(SlackPayloads.reaction(user, messageTs, reaction, added, "Ev" + UUID.randomUUID()));
        if (r.statusCode() != 200) {
            throw new AssertionError("reaction not acknowledged: " + r.statusCode() + " " + r.body());
        }
    }

    public HttpResponse<String> event(String json) {
        return send(json, "application/json", SECRET, now());
    }

    public HttpResponse<String> interaction(String payloadJson) {
        return send("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", SECRET, now());
    }

    public HttpResponse<String> send(String body, String contentType, String secret, long timestamp) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of an ephemeral command answer. */
    public static String ackText(HttpResponse<String> response) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("text").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
