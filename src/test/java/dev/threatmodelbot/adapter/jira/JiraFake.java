package dev.threatmodelbot.adapter.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** A local fake Jira on loopback, and trackers pointed at it that record their waits instead of waiting. */
final class JiraFake implements AutoCloseable {
    static final String EMAIL = "bot@example.com";
    static final String TOKEN = "s3cret-t0ken";
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    final List<Duration> waits = new ArrayList<>();

    JiraFake() {
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    JiraSettings cloud() {
        return JiraSettings.of(url(), 3, Optional.of(EMAIL), TOKEN, Optional.of("DEF"));
    }

    JiraSettings dataCenter() {
        return JiraSettings.of(url(), 2, Optional.empty(), TOKEN, Optional.empty());
    }

    JiraTracker tracker(JiraSettings settings) {
        return new JiraTracker(settings, JiraHttp.client(), waits::add, Clock.fixed(NOW, ZoneOffset.UTC),
                new SplittableRandom(7));
    }

    /** The project has no issue with the label; creating gives SEC-42; links are taken. */
    JiraFake answering(int version) {
        nothingFound(version);
        created(version, okCreated());
        server.stubFor(post(urlPathEqualTo("/rest/api/" + version + "/issue/SEC-42/remotelink"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":10000,\"self\":\"x\"}")));
        return this;
    }

    void nothingFound(int version) {
        server.stubFor(post(urlPathEqualTo(searchPath(version))).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
    }

    void created(int version, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo("/rest/api/" + version + "/issue")).willReturn(answer));
    }

    static ResponseDefinitionBuilder okCreated() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"10042\",\"key\":\"SEC-42\",\"self\":\"x\"}");
    }

    static String searchPath(int version) {
        return version == 3 ? "/rest/api/3/search/jql" : "/rest/api/2/search";
    }

    List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** The body of the one request sent to {@code path}. */
    JsonNode body(String path) {
        List<LoggedRequest> sent = posts(path);
        if (sent.size() != 1) {
            throw new AssertionError(sent.size() + " requests to " + path + ", expected 1");
        }
        try {
            return JSON.readTree(sent.get(0).getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
