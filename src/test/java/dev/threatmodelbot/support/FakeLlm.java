package dev.threatmodelbot.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An OpenAI-compatible chat-completions server on loopback. Replies are recorded readings kept in
 * {@code src/test/resources/llm/recorded/}, chosen by words of the request; anything else gets an
 * empty reading. Tests read the requests back to see exactly what left the service.
 */
public final class FakeLlm implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer server;

    public FakeLlm() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(10).willReturn(okJson(completion(
                "{\"components\":[],\"flows\":[],\"facts\":[],\"instruction_like\":[]}"))));
    }

    /** What {@code LLM_BASE_URL} should be. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** Requests whose body contains {@code words} get the recorded reading {@code name}. */
    public void answer(String words, String name) {
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).withRequestBody(containing(words))
                .willReturn(okJson(completion(recorded(name)))));
    }

    /** Requests whose body contains {@code words} get {@code content} as the model's text, as it is. */
    public void answerText(String words, String content) {
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).withRequestBody(containing(words))
                .willReturn(okJson(completion(content))));
    }

    /** Every request from now on fails with HTTP {@code status}. */
    public void failWith(int status) {
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(0).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}")));
    }

    /** The chat requests received, oldest first, as parsed JSON. */
    public List<JsonNode> requests() {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(PATH))
                .map(e -> {
                    try {
                        return JSON.readTree(e.getRequest().getBodyAsString());
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                })
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    java.util.Collections.reverse(l);
                    return l;
                }));
    }

    /** Every request body as sent, to search for what must never leave. */
    public List<String> rawBodies() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString()).toList();
    }

    /** The text of the message with {@code role} in a request. */
    public static String message(JsonNode request, String role) {
        for (JsonNode m : request.get("messages")) {
            if (m.get("role").asText().equals(role)) {
                JsonNode content = m.get("content");
                return content.isTextual() ? content.asText() : content.toString();
            }
        }
        throw new AssertionError("no " + role + " message in " + request);
    }

    private static String recorded(String name) {
        try (InputStream in = FakeLlm.class.getResourceAsStream("/llm/recorded/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded reading " + name);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-recorded").put("object", "chat.completion").put("created", 1_763_800_000)
                .put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 412).put("completion_tokens", 57).put("total_tokens", 469);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
