package dev.threatmodelbot.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API on loopback (WireMock standalone). {@code chat.postMessage} answers with
 * increasing {@code ts} values, like Slack; tests read what the bot sent from the request journal.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0TEAM0001";
    public static final String BOT_USER = "U0BOTUSER1";
    public static final String TOKEN = "xoxb-test-token";

    private final WireMockServer server;
    /** What Slack would show in channels and threads: every message posted through chat.postMessage. */
    private final List<Map<String, String>> posted = java.util.Collections.synchronizedList(new ArrayList<>());

    public FakeSlack() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new PostedTs(posted), new Replies(posted)));
        server.start();
        stubDefaults();
    }

    private void stubDefaults() {
        server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"url\":"
                + "\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"threatmodel-bot\",\"team_id\":\"" + TEAM
                + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOTID001\",\"is_enterprise_install\":false}")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(10)
                .willReturn(aResponse().withTransformers(PostedTs.NAME)));
        server.stubFor(post(urlPathEqualTo("/api/chat.update")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlPathEqualTo("/api/views.open")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0MODAL001\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/conversations.replies")).atPriority(10)
                .willReturn(aResponse().withTransformers(Replies.NAME)));
        server.stubFor(post(urlPathEqualTo("/api/conversations.history")).atPriority(10)
                .willReturn(aResponse().withTransformers(Replies.NAME)));
        server.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.port()
                        + "/upload/F0DIAGRAM1\",\"file_id\":\"F0DIAGRAM1\"}")));
        server.stubFor(post(urlPathEqualTo("/upload/F0DIAGRAM1")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withBody("OK - 1")));
        server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F0DIAGRAM1\",\"title\":\"diagram\"}]}")));
        server.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).atPriority(100)
                .willReturn(okJson("{\"ok\":false,\"error\":\"unknown_method\"}")));
    }

    public static String nextTs() {
        return PostedTs.nextTs();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    /**
     * Serves a file the way Slack does for {@code url_private_download}: the bytes to the bot token,
     * the sign-in page (HTML, status 200) to anyone else. Returns the file as a share event lists it:
     * [id, name, mimetype, filetype, size, url].
     */
    public String[] file(String id, String name, String mimetype, String filetype, byte[] bytes) {
        String path = "/files-pri/" + TEAM + "-" + id + "/download/" + name.replace(" ", "_");
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(path)).atPriority(4)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody("<!DOCTYPE html><html><body>Sign in to Slack</body></html>")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(path)).atPriority(1)
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mimetype).withBody(bytes)));
        return new String[] {id, name, mimetype, filetype, String.valueOf(bytes.length),
            "http://127.0.0.1:" + server.port() + path};
    }

    /** How often the bot fetched a file served by {@link #file}. */
    public long downloads(String id) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/files-pri/" + TEAM + "-" + id + "/")).count();
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /**
     * Until {@link #heal}ed, {@code chat.postMessage} fails: {@code "429"} rate-limited with Retry-After 1 s,
     * {@code "503"} unavailable, or {@code "slow"}: posted, but answered after 2.5 s.
     */
    public com.github.tomakehurst.wiremock.stubbing.StubMapping fault(String kind) {
        var response = switch (kind) {
            case "429" -> aResponse().withStatus(429).withHeader("Retry-After", "1");
            case "503" -> aResponse().withStatus(503);
            case "slow" -> aResponse().withTransformers(PostedTs.NAME).withFixedDelay(2500);
            default -> throw new IllegalArgumentException("no such fault: " + kind);
        };
        return server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1).willReturn(response));
    }

    public void heal(com.github.tomakehurst.wiremock.stubbing.StubMapping fault) {
        server.removeStub(fault);
    }

    /** Every call of a Web API method, oldest first, as form fields. */
    public List<Map<String, String>> calls(String method) {
        List<Map<String, String>> calls = new ArrayList<>();
        server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)))
                .forEach(r -> calls.add(form(r.getBodyAsString())));
        return calls;
    }

    /** Messages Slack accepted (even when the answer never reached the caller), oldest first. */
    public List<Map<String, String>> accepted() {
        synchronized (posted) {
            return List.copyOf(posted);
        }
    }

    /** Messages posted in a thread, oldest first. */
    public List<Map<String, String>> threadPosts(String threadTs) {
        return calls("chat.postMessage").stream().filter(c -> threadTs.equals(c.get("thread_ts"))).toList();
    }

    public List<Map<String, String>> rootPosts() {
        return calls("chat.postMessage").stream().filter(c -> !c.containsKey("thread_ts")).toList();
    }

    /** Raw bodies uploaded to the file upload URL. */
    public List<byte[]> uploads() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/upload/F0DIAGRAM1"))).stream()
                .map(r -> r.getBody()).toList();
    }

    public List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                // Gson escapes < and > inside the blocks JSON; read them back as Slack would render them
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
                                .replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&"));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** conversations.replies / conversations.history over what was posted, with message metadata. */
    static final class Replies implements ResponseDefinitionTransformerV2 {
        static final String NAME = "replies";
        private final List<Map<String, String>> posted;

        Replies(List<Map<String, String>> posted) {
            this.posted = posted;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Map<String, String> q = form(event.getRequest().getBodyAsString());
            String thread = q.get("ts");
            StringBuilder out = new StringBuilder("{\"ok\":true,\"has_more\":false,\"messages\":[");
            String sep = "";
            synchronized (posted) {
                for (Map<String, String> m : posted) {
                    boolean inPlace = m.get("channel").equals(q.get("channel"))
                            && (thread == null ? !m.containsKey("thread_ts") : thread.equals(m.get("thread_ts")));
                    if (inPlace) {
                        out.append(sep).append("{\"type\":\"message\",\"ts\":\"").append(m.get("ts"))
                                .append("\",\"text\":\"...\"");
                        if (m.containsKey("metadata") && ("true".equals(q.get("include_all_metadata")) || "1".equals(q.get("include_all_metadata")))) {
                            out.append(",\"metadata\":").append(m.get("metadata"));
                        }
                        out.append('}');
                        sep = ",";
                    }
                }
            }
            return okJson(out.append("]}").toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** Answers chat.postMessage like Slack: the channel, and a fresh, increasing ts. */
    static final class PostedTs implements ResponseDefinitionTransformerV2 {
        static final String NAME = "posted-ts";
        private static final AtomicLong SEQUENCE = new AtomicLong();
        private final List<Map<String, String>> posted;

        PostedTs(List<Map<String, String>> posted) {
            this.posted = posted;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Map<String, String> fields = form(event.getRequest().getBodyAsString());
            String ts = nextTs();
            Map<String, String> message = new LinkedHashMap<>(fields);
            message.put("ts", ts);
            posted.add(message);
            return okJson("{\"ok\":true,\"channel\":\"" + fields.getOrDefault("channel", "C0") + "\",\"ts\":\"" + ts
                    + "\"}").build();
        }

        /** A Slack-like message ts, later than every ts handed out before (bot posts and test replies alike). */
        static synchronized String nextTs() {
            long n = SEQUENCE.incrementAndGet();
            return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", n % 1_000_000);
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
