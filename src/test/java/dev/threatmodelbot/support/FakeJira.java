package dev.threatmodelbot.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's REST API on loopback, with state: created issues are kept, searches by label find them,
 * remote links are upserted by global id. Planned answers to the next creates simulate outages,
 * rate limits, refusals and answers lost after the issue was made.
 */
public final class FakeJira implements AutoCloseable {
    public static final String PROJECT = "SEC";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL = Pattern.compile("labels\\s*=\\s*\"([^\"]+)\"");

    /** One planned answer to a create: its status, headers and body; {@code created} = the issue is made anyway. */
    public record Plan(int status, Map<String, String> headers, String body, boolean created, int delayMs) {
        public static Plan status(int status, String body) {
            return new Plan(status, Map.of("Content-Type", "application/json"), body, false, 0);
        }

        public static Plan rateLimited(int retryAfterSeconds) {
            return new Plan(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds), "RateLimit-Reason",
                    "jira-burst-based", "Content-Type", "application/json"), "{\"errorMessages\":[\"Rate limited\"]}",
                    false, 0);
        }

        /** The issue is created, but the answer is {@code status} (a proxy's 502, a timeout) after {@code delayMs}. */
        public static Plan createdButLost(int status, int delayMs) {
            return new Plan(status, Map.of("Content-Type", "text/html"), "<html>Bad gateway</html>", true, delayMs);
        }
    }

    private final WireMockServer server;
    private final Map<String, JsonNode> issues = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, JsonNode> remoteLinks = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Deque<Plan> plans = new ConcurrentLinkedDeque<>();

    public FakeJira() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new Behaviour()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Behaviour.NAME)));
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Environment for a Jira Cloud site at this fake. */
    public Map<String, String> env() {
        return Map.of("JIRA_URL", url(), "JIRA_EMAIL", "bot@acme.example", "JIRA_API_TOKEN", "jira-secret-token",
                "JIRA_PROJECT", PROJECT);
    }

    /** Answers the next creates with these, in order; after them creates succeed. */
    public void plan(Plan... next) {
        plans.addAll(List.of(next));
    }

    /** Issues that exist, by key, as created (their {@code fields}). */
    public Map<String, JsonNode> issues() {
        synchronized (issues) {
            return new LinkedHashMap<>(issues);
        }
    }

    public Map<String, JsonNode> remoteLinks() {
        synchronized (remoteLinks) {
            return new LinkedHashMap<>(remoteLinks);
        }
    }

    /** Create requests received (successful or not). */
    public int createCalls() {
        return server.findAll(postRequestedFor(urlPathMatching("/rest/api/[23]/issue"))).size();
    }

    public List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Behaviour implements ResponseDefinitionTransformerV2 {
        static final String NAME = "jira";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                return answer(event.getRequest().getMethod().value(), event.getRequest().getUrl(),
                        event.getRequest().getBodyAsString()).build();
            } catch (Exception e) {
                return aResponse().withStatus(500).withBody(e.toString()).build();
            }
        }

        private ResponseDefinitionBuilder answer(String method, String url, String body) throws Exception {
            String path = url.replaceAll("\\?.*", "");
            if (method.equals("POST") && path.matches("/rest/api/[23]/issue")) {
                return create(JSON.readTree(body));
            }
            if (method.equals("POST") && (path.equals("/rest/api/3/search/jql") || path.equals("/rest/api/2/search"))) {
                return search(JSON.readTree(body).path("jql").asText());
            }
            Matcher link = Pattern.compile("/rest/api/[23]/issue/([A-Z]+-\\d+)/remotelink").matcher(path);
            if (method.equals("POST") && link.matches()) {
                JsonNode request = JSON.readTree(body);
                boolean existed = remoteLinks.put(request.path("globalId").asText(), request) != null;
                return json(existed ? 200 : 201, "{\"id\":" + (10000 + remoteLinks.size()) + ",\"self\":\"" + url()
                        + path + "/" + (10000 + remoteLinks.size()) + "\"}");
            }
            return json(404, "{\"errorMessages\":[\"No such resource " + path + "\"],\"errors\":{}}");
        }

        private ResponseDefinitionBuilder create(JsonNode request) {
            Plan plan = plans.poll();
            if (plan != null && !plan.created()) {
                ResponseDefinitionBuilder r = aResponse().withStatus(plan.status()).withBody(plan.body());
                plan.headers().forEach(r::withHeader);
                return r;
            }
            String key;
            synchronized (issues) {
                key = PROJECT + "-" + (issues.size() + 1);
                issues.put(key, request.path("fields"));
            }
            if (plan != null) {
                ResponseDefinitionBuilder r = aResponse().withStatus(plan.status()).withBody(plan.body())
                        .withFixedDelay(plan.delayMs());
                plan.headers().forEach(r::withHeader);
                return r;
            }
            int id = 10000 + Integer.parseInt(key.substring(key.indexOf('-') + 1));
            return json(201, "{\"id\":\"" + id + "\",\"key\":\"" + key + "\",\"self\":\"" + url() + "/rest/api/3/issue/"
                    + id + "\"}");
        }

        private ResponseDefinitionBuilder search(String jql) {
            Matcher m = LABEL.matcher(jql);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode found = out.putArray("issues");
            if (m.find()) {
                String label = m.group(1);
                issues().forEach((key, fields) -> {
                    List<String> labels = new ArrayList<>();
                    fields.path("labels").forEach(l -> labels.add(l.asText()));
                    if (labels.contains(label)) {
                        found.addObject().put("id", "1" + key.replaceAll("\\D", "")).put("key", key);
                    }
                });
            }
            out.put("isLast", true);
            out.put("total", found.size());
            return json(200, out.toString());
        }

        private ResponseDefinitionBuilder json(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
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
