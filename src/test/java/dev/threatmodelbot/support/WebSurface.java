package dev.threatmodelbot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.adapter.web.WebWorkspace;
import dev.threatmodelbot.bootstrap.Config;
import dev.threatmodelbot.bootstrap.Service;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import redis.clients.jedis.RedisClient;

/** The local web workspace: its JSON API as the page calls it (the same nonce twice for a retried request). */
public final class WebSurface implements Surface {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeJira jira = new FakeJira();
    private final String prefix = TestRedis.freshPrefix();
    private final Service service;
    private final RedisClient redis = TestRedis.client();
    private final RedisSessionStore store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1),
            Clock.systemUTC());
    private final HttpClient http = HttpClient.newHttpClient();

    public WebSurface() {
        Map<String, String> env = new HashMap<>(jira.env());
        env.putAll(Map.of("PORT", "0", "REDIS_URL", TestRedis.url(), "REDIS_KEY_PREFIX", prefix));
        service = Service.start(Config.from(env), Clock.systemUTC());
    }

    @Override
    public String name() {
        return "web workspace";
    }

    @Override
    public String alice() {
        return "UALICE";
    }

    @Override
    public String bob() {
        return "UBOB";
    }

    @Override
    public String lead() {
        return "UCAROL";
    }

    @Override
    public String outsider() {
        return "UMALLORY";
    }

    @Override
    public void startFromForm(String system, List<String> engineers, String doc) {
        ObjectNode b = body(lead()).put("system", system).put("lead", lead()).put("doc", doc);
        engineers.forEach(b.putArray("engineers")::add);
        post("/api/start", b);
        Eventually.until("first questions", () -> sessions().size() == 1 && onlySession().questions().stream()
                .filter(q -> q.isOpen() && q.messageId().isPresent()).count() == engineers.size());
    }

    @Override
    public List<Session> sessions() {
        return store.inChannel(WebWorkspace.CHANNEL);
    }

    @Override
    public void reply(String who, String thread, String text, boolean twice) {
        ObjectNode b = body(who).put("thread", thread).put("text", text);
        for (int i = 0; i < (twice ? 2 : 1); i++) {
            post("/api/post", b);
        }
    }

    @Override
    public void command(String who, String text) {
        post("/api/command", body(who).put("text", "/threatmodel " + text));
    }

    @Override
    public void decide(String who, Session s, DraftedThreat threat, Marks.Signal signal) {
        post("/api/react", body(who).put("message", threat.messageId().orElseThrow()).put("reaction", Surface.emoji(signal))
                .put("on", true));
    }

    private static ObjectNode body(String as) {
        return JSON.createObjectNode().put("as", as).put("nonce", UUID.randomUUID().toString());
    }

    private void post(String path, ObjectNode body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port()
                    + path)).header("Content-Type", "application/json").header("X-Workspace", "1")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public FakeJira jira() {
        return jira;
    }

    @Override
    public void close() {
        service.close();
        redis.close();
        jira.close();
    }
}
