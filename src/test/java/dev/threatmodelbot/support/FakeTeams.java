package dev.threatmodelbot.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Microsoft's side of Teams on loopback, one server: Bot Framework's OpenID metadata and signing keys (a test RSA key,
 * endorsed for {@code msteams}), the token endpoint the bot gets its own token from, and a Bot Connector that records
 * every call and answers like Teams (new threads, replies, updates; message ids are increasing milliseconds). Failures
 * can be injected per path. Signing keys are one per test JVM: the SDK keeps the metadata address in a static field.
 */
public final class FakeTeams implements AutoCloseable {
    public static final String APP_ID = "11111111-2222-4333-8444-555555555555";
    public static final String PASSWORD = "test-app-secret";
    public static final String TENANT = "00000000-0000-4000-8000-0000000000aa";
    public static final String BOT = "28:" + APP_ID;
    public static final String TEAM = "19:threatmodelteam000000000000000@thread.tacv2";
    public static final String CHANNEL = "19:threatmodelchannel0000000000000@thread.tacv2";
    public static final String BOT_TOKEN = "bot-token-from-fake";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(1767225600000L);
    private static KeyPair keys;
    private static FakeTeams signing;

    /** One call the bot made to the connector. */
    public record Call(String method, String path, JsonNode body, String authorization, Instant at) {}

    private final HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Integer>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile boolean anonymous;
    private volatile int retryAfterSeconds;

    /** What a 429 of {@link #failNext} asks the bot to wait. */
    public void retryAfter(int seconds) {
        retryAfterSeconds = seconds;
    }

    /** Answers calls without the bot's token, as the Agents Playground's connector does. */
    public FakeTeams anonymous() {
        anonymous = true;
        return this;
    }

    public FakeTeams() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The keys' server, shared by every test in this JVM. */
    public static synchronized FakeTeams signing() {
        if (signing == null) {
            signing = new FakeTeams();
        }
        return signing;
    }

    static synchronized KeyPair keys() {
        if (keys == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                keys = g.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** Message ids as Teams makes them (milliseconds), one sequence for the bot's posts and people's. */
    public static String nextId() {
        return String.valueOf(IDS.addAndGet(1000));
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String serviceUrl() {
        return base() + "/connector/";
    }

    public String metadataUrl() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    public String tokenUrl() {
        return base() + "/" + TENANT + "/oauth2/v2.0/token";
    }

    /** A token as Bot Framework signs it for an activity from {@code serviceUrl}. */
    public static String token(String audience, String serviceUrl, Instant expires, boolean ourKey) {
        return token("https://api.botframework.com", audience, serviceUrl, expires, ourKey ? keys() : other(),
                "test-key-1");
    }

    /** A token signed by a published key that is endorsed for another channel (Web Chat), not for Teams. */
    public static String unendorsedToken(String audience, String serviceUrl, Instant expires) {
        return token("https://api.botframework.com", audience, serviceUrl, expires, webChatKeys(), "test-key-2");
    }

    /** A token signed by the published Teams key but issued by someone else. */
    public static String tokenFrom(String issuer, String audience, String serviceUrl, Instant expires) {
        return token(issuer, audience, serviceUrl, expires, keys(), "test-key-1");
    }

    private static String token(String issuer, String audience, String serviceUrl, Instant expires, KeyPair pair,
            String kid) {
        return JWT.create().withIssuer(issuer).withAudience(audience).withClaim("serviceurl", serviceUrl)
                .withKeyId(kid).withNotBefore(Date.from(expires.minusSeconds(7200))).withExpiresAt(Date.from(expires))
                .sign(Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate()));
    }

    private static KeyPair webChat;

    private static synchronized KeyPair webChatKeys() {
        if (webChat == null) {
            webChat = other();
        }
        return webChat;
    }

    private static KeyPair other() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code statuses.length} connector calls whose path contains {@code pathPart} answer with these. */
    public void failNext(String pathPart, Integer... statuses) {
        failures.put(pathPart, Collections.synchronizedList(new ArrayList<>(List.of(statuses))));
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public int tokensIssued() {
        return tokens.get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = URLDecoder.decode(x.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        byte[] in = x.getRequestBody().readAllBytes();
        try {
            if (path.endsWith("/openidconfiguration")) {
                reply(x, 200, "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + base()
                        + "/v1/.well-known/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            } else if (path.endsWith("/.well-known/keys")) {
                reply(x, 200, "{\"keys\":[" + jwk(keys(), "test-key-1", "msteams") + ","
                        + jwk(webChatKeys(), "test-key-2", "webchat") + "]}");
            } else if (path.endsWith("/oauth2/v2.0/token")) {
                String form = new String(in, StandardCharsets.UTF_8);
                if (!form.contains("client_id=" + APP_ID) || !form.contains("client_secret=" + PASSWORD)) {
                    reply(x, 401, "{\"error\":\"invalid_client\"}");
                    return;
                }
                tokens.incrementAndGet();
                reply(x, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,\"access_token\":\""
                        + BOT_TOKEN + "\"}");
            } else if (path.startsWith("/connector/")) {
                connector(x, path.substring("/connector".length()), in);
            } else {
                reply(x, 404, "{}");
            }
        } catch (RuntimeException e) {
            reply(x, 500, "{}");
        }
    }

    private void connector(HttpExchange x, String path, byte[] in) throws IOException {
        JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
        calls.add(new Call(x.getRequestMethod(), path, body, x.getRequestHeaders().getFirst("Authorization"),
                Instant.now()));
        for (Map.Entry<String, List<Integer>> f : failures.entrySet()) {
            if (path.contains(f.getKey()) && !f.getValue().isEmpty()) {
                int status = f.getValue().remove(0);
                if (status == 429) {
                    x.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
                }
                reply(x, status, "{\"error\":{\"code\":\"injected\"}}");
                return;
            }
        }
        if (!anonymous && !("Bearer " + BOT_TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
            reply(x, 401, "{\"error\":{\"code\":\"Unauthorized\"}}");
            return;
        }
        if (x.getRequestMethod().equals("GET") && path.contains("/members/")) {
            String aad = path.substring(path.lastIndexOf('/') + 1);
            TeamsUser.Person p = TeamsUser.TEAM.stream().filter(m -> m.aad().equals(aad)).findFirst().orElse(null);
            reply(x, p == null ? 404 : 200, p == null ? "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}"
                    : "{\"id\":\"" + p.id() + "\",\"name\":\"" + p.name() + "\",\"aadObjectId\":\"" + p.aad() + "\"}");
            return;
        }
        String id = nextId();
        if (path.equals("/v3/conversations")) {
            boolean personal = !body.path("isGroup").asBoolean(true);
            String channel = body.path("channelData").path("channel").path("id").asText();
            reply(x, 201, personal ? "{\"id\":\"a:personal-" + body.path("members").path(0).path("id").asText() + "\"}"
                    : "{\"id\":\"" + channel + ";messageid=" + id + "\",\"activityId\":\"" + id + "\"}");
        } else if (x.getRequestMethod().equals("PUT")) {
            reply(x, 200, "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}");
        } else {
            reply(x, 201, "{\"id\":\"" + id + "\"}");
        }
    }

    private static String jwk(KeyPair pair, String kid, String endorsed) {
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"n\":\""
                + b64.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + b64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\",\"endorsements\":[\""
                + endorsed + "\"]}";
    }

    private static byte[] unsigned(byte[] b) {
        return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    /** A copy of an activity body to edit. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
