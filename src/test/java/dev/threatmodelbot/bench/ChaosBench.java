package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.RedisClient;

/**
 * Two replicas (processes of their own) on one Redis (a private redis-server with its append-only file),
 * behind the same signed traffic: several sessions with several engineers answering for minutes, the Slack
 * fake answering 429 with Retry-After, 503 and slowly at random, five SIGKILLs of a random replica (restarted
 * three seconds later) and one Redis restart. Then: replies acknowledged vs recorded (each exactly once),
 * messages posted twice, due jobs left unclaimed, and how long after each kill the replies acknowledged
 * before it were all recorded. Loopback only. Run through bench/chaos.sh.
 *
 * <p>Args: minutes (3), sessions (3).
 */
public final class ChaosBench {
    static final Path RESULTS = Path.of("bench", "results", "chaos.md");
    static final String LEAD = "U0SECLEAD1";
    static final String CHANNEL = SlackUser.CHANNEL;

    private final Random random = new Random(7);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Instant> acked = new ConcurrentHashMap<>();
    private final Map<String, Instant> recordedAt = new ConcurrentHashMap<>();
    private final List<String> events = new ArrayList<>();
    private final List<Instant> kills = new ArrayList<>();
    private final String prefix = "tm-chaos-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private Path dir;
    private int redisPort;
    private Process redis;
    private final Process[] replicas = new Process[2];
    private final int[] ports = new int[2];

    private ChaosBench() {}

    public static void main(String[] args) {
        System.setProperty("LOG_LEVEL", "WARN");
        int status = 1;
        ChaosBench bench = new ChaosBench();
        try {
            bench.run(args.length > 0 ? Integer.parseInt(args[0]) : 3, args.length > 1 ? Integer.parseInt(args[1]) : 3);
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            bench.stopAll();
        }
        System.exit(status);
    }

    private void run(int minutes, int sessionCount) throws Exception {
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chaos");
        redisPort = freePort();
        startRedis();
        try (FakeSlack slack = new FakeSlack(); RedisClient client = RedisClient.create(
                URI.create("redis://127.0.0.1:" + redisPort))) {
            for (int i = 0; i < 2; i++) {
                ports[i] = freePort();
                replicas[i] = launch(slack, i);
            }
            RedisSessionStore store = new RedisSessionStore(client, new RedisKeys(prefix), Duration.ofDays(30),
                    Clock.systemUTC());
            List<Session> sessions = start(store, sessionCount);
            Instant end = Instant.now().plus(Duration.ofMinutes(minutes));
            Duration step = Duration.ofMinutes(minutes).dividedBy(8);
            int n = 0;
            Instant nextChaos = Instant.now().plus(step);
            int chaos = 0;
            List<com.github.tomakehurst.wiremock.stubbing.StubMapping> faults = new ArrayList<>();
            while (Instant.now().isBefore(end)) {
                Session s = sessions.get(random.nextInt(sessions.size()));
                String engineer = s.engineers().get(random.nextInt(s.engineers().size()));
                reply(engineer, s.kickoffId().orElseThrow(), "Answer " + (++n) + ": it runs behind the gateway.");
                if (n % 10 == 0) {
                    faults.forEach(slack::heal);
                    faults.clear();
                    if (random.nextBoolean()) {
                        faults.add(slack.fault(List.of("429", "503", "slow").get(random.nextInt(3))));
                    }
                }
                if (Instant.now().isAfter(nextChaos) && chaos < 6) {
                    chaos(slack, ++chaos);
                    nextChaos = Instant.now().plus(step);
                }
                poll(store, sessions);
                Thread.sleep(150 + random.nextInt(250));
            }
            faults.forEach(slack::heal);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline) && !recordedAt.keySet().containsAll(acked.keySet())) {
                poll(store, sessions);
                Thread.sleep(500);
            }
            report(minutes, sessions, store, slack, client);
        }
    }

    /** Chaos steps 1–6: five replica kills with the Redis restart after the third. */
    private void chaos(FakeSlack slack, int step) throws Exception {
        if (step == 4) {
            events.add(Instant.now() + " Redis restarted (SHUTDOWN, then started again on its append-only file)");
            try (redis.clients.jedis.Jedis j = new redis.clients.jedis.Jedis("127.0.0.1", redisPort)) {
                j.shutdown();
            } catch (RuntimeException expected) {
                // the connection closes as the server stops
            }
            redis.waitFor();
            Thread.sleep(2000);
            startRedis();
            return;
        }
        int victim = random.nextInt(2);
        kills.add(Instant.now());
        events.add(Instant.now() + " SIGKILL replica " + victim);
        replicas[victim].destroyForcibly().waitFor();
        Thread.sleep(3000);
        replicas[victim] = launch(slack, victim);
    }

    /** A reply, sent like Slack does: to a live replica, retried with the same event until acknowledged. */
    private void reply(String user, String thread, String text) throws InterruptedException {
        String ts = FakeSlack.nextTs();
        String body = SlackPayloads.threadReply(user, thread, ts, text, "Ev" + UUID.randomUUID());
        for (int attempt = 0; attempt < 20; attempt++) {
            int target = random.nextInt(2);
            try {
                HttpResponse<String> r = new SlackUser(ports[target]).event(body);
                if (r.statusCode() == 200) {
                    acked.put(ts, Instant.now());
                    return;
                }
            } catch (RuntimeException refused) {
                // that replica is down: Slack tries again
            }
            Thread.sleep(500);
        }
        events.add(Instant.now() + " a reply was never acknowledged after 20 tries");
    }

    private List<Session> start(RedisSessionStore store, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            List<String> engineers = List.of("U0ENG" + i + "A001", "U0ENG" + i + "B001");
            new SlackUser(ports[0]).interaction(SlackPayloads.viewSubmission(LEAD, "V0CHAOS" + i, "System " + i,
                    engineers, LEAD, "# System " + i + "\nThe web app calls the API over HTTPS. The API stores "
                            + "orders in PostgreSQL."));
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<Session> s = store.inChannel(ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, CHANNEL));
            if (s.size() == count && s.stream().allMatch(x -> x.kickoffId().isPresent())) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("sessions did not start");
    }

    /** Notes when each acknowledged reply first shows up in its session, as an answer or a comment. */
    private void poll(RedisSessionStore store, List<Session> sessions) {
        try {
            Instant now = Instant.now();
            for (Session s : sessions) {
                store.find(s.id()).ifPresent(x -> {
                    x.answers().forEach(a -> recordedAt.putIfAbsent(a.messageId(), now));
                    x.comments().forEach(c -> recordedAt.putIfAbsent(c.messageId(), now));
                });
            }
        } catch (RuntimeException redisDown) {
            // during the Redis restart
        }
    }

    private void report(int minutes, List<Session> sessions, RedisSessionStore store, FakeSlack slack,
            RedisClient client) throws IOException {
        Map<String, Integer> recorded = new HashMap<>();
        for (Session s : sessions) {
            Session x = store.find(s.id()).orElseThrow();
            x.answers().forEach(a -> recorded.merge(a.messageId(), 1, Integer::sum));
            x.comments().forEach(c -> recorded.merge(c.messageId(), 1, Integer::sum));
        }
        long recordedAcked = acked.keySet().stream().filter(recorded::containsKey).count();
        long twice = recorded.values().stream().filter(v -> v > 1).count();
        Map<String, Integer> posts = new HashMap<>();
        slack.accepted().stream().map(m -> m.getOrDefault("metadata", "")).filter(m -> !m.isEmpty())
                .forEach(m -> posts.merge(m, 1, Integer::sum));
        long postedTwice = posts.values().stream().filter(v -> v > 1).count();
        long overdue = client.zcount(prefix + "jobs", 0, System.currentTimeMillis() - 60_000);
        List<String> recovery = new ArrayList<>();
        for (Instant kill : kills) {
            recovery.add(acked.entrySet().stream().filter(e -> e.getValue().isBefore(kill))
                    .map(e -> recordedAt.getOrDefault(e.getKey(), Instant.MAX))
                    .filter(at -> at.isAfter(kill))
                    .map(at -> at.equals(Instant.MAX) ? "never" : Duration.between(kill, at).toMillis() / 1000.0 + " s")
                    .max(String::compareTo).orElse("nothing in flight"));
        }
        StringBuilder b = new StringBuilder("# Chaos: two replicas, kills, a Redis restart, a faulty Slack\n\n");
        b.append("- Date: ").append(Instant.now()).append("\n- Command: `bench/chaos.sh ").append(minutes).append(' ')
                .append(sessions.size()).append("`\n- Sessions: ").append(sessions.size())
                .append(", two engineers each; replies every 150–400 ms to a random live replica, retried like Slack "
                        + "until acknowledged\n- Slack fake: every tenth reply, half the time, a new fault on "
                        + "chat.postMessage (429 with Retry-After 1 s, 503, or answered after 2.5 s)\n\n");
        b.append("| measure | value | must be |\n|---|---:|---:|\n");
        b.append("| replies acknowledged | ").append(acked.size()).append(" | |\n");
        b.append("| of them recorded in their session | ").append(recordedAcked).append(" | all |\n");
        b.append("| recorded more than once | ").append(twice).append(" | 0 |\n");
        b.append("| messages posted twice (same key in their metadata) | ").append(postedTwice).append(" | 0 |\n");
        b.append("| due jobs left unclaimed a minute after they were due | ").append(overdue).append(" | 0 |\n");
        b.append("\nAfter each SIGKILL, time until every reply acknowledged before it was recorded: ")
                .append(String.join(", ", recovery)).append("\n\n### What happened\n\n");
        events.forEach(e -> b.append("- ").append(e).append('\n'));
        System.out.println(b);
        Files.writeString(RESULTS, b.toString());
    }

    private Process launch(FakeSlack slack, int index) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dev.threatmodelbot.bootstrap.Main");
        pb.environment().clear();
        pb.environment().putAll(Harness.env(slack, prefix, Map.of("PORT", String.valueOf(ports[index]),
                "REDIS_URL", "redis://127.0.0.1:" + redisPort)));
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                dir.resolve("replica-" + index + ".log").toFile()));
        Process p = pb.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[index] + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("replica " + index + " did not become ready; see " + dir);
    }

    private void startRedis() throws IOException, InterruptedException {
        redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", "everysec", "--save", "")
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (redis.clients.jedis.Jedis j = new redis.clients.jedis.Jedis("127.0.0.1", redisPort, 300)) {
                if ("PONG".equals(j.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("redis-server did not start; is it installed?");
    }

    private void stopAll() {
        for (Process p : replicas) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (redis != null) {
            redis.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
