package dev.threatmodelbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.adapter.web.WebWorkspace;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.TestRedis;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.RedisClient;

/**
 * Peak memory of the packaged service (the jar, in a JVM of its own) run with the chart's JVM flags in a container's
 * memory limit ({@code -XX:MaxRAM} stands for it; 512 MiB unless given), through a whole session: a 40,000-character design
 * doc in the start form, three engineers answering every question they get, the summary and a draft. The resident set
 * is sampled from {@code /proc} every 100 ms; the kernel's own high-water mark ({@code VmHWM}) is recorded too.
 */
public final class MemoryBudgetBench {
    static long BUDGET_MIB = 512;
    static final int DOC_CHARS = 40_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ENGINEERS = List.of("UALICE", "UBOB", "UDAVE");

    public static void main(String[] args) throws Exception {
        BUDGET_MIB = args.length > 0 ? Long.parseLong(args[0]) : 512;
        String flags = chartFlags();
        String doc = designDoc();
        String prefix = TestRedis.freshPrefix();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Path.of("target", "memory-budget-service.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.add("-XX:MaxRAM=" + BUDGET_MIB + "m");
        cmd.addAll(List.of(flags.split("\\s+")));
        cmd.addAll(List.of("-Djava.io.tmpdir=target", "-jar", "target/threatmodel-bot.jar"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("REDIS_URL", TestRedis.url());
        pb.environment().put("REDIS_KEY_PREFIX", prefix);
        pb.environment().put("NATIVE_LIB_DIR", new File("target/native").getAbsolutePath());
        pb.environment().put("LOG_LEVEL", System.getenv().getOrDefault("SERVICE_LOG_LEVEL", "WARN"));
        Instant started = Instant.now();
        Process p = pb.start();
        AtomicLong peakKb = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                rss(p.pid(), "VmRSS").ifPresent(kb -> peakKb.accumulateAndGet(kb, Math::max));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long idleKb;
        long hwmKb;
        int answers = 0;
        int threats;
        try (RedisClient redis = TestRedis.client()) {
            RedisSessionStore store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1),
                    Clock.systemUTC());
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port;
            until(Duration.ofSeconds(90), () -> get(http, base + "/readyz") == 200, p);
            Thread.sleep(3000); // the embedding model warms up in the background
            idleKb = rss(p.pid(), "VmRSS").orElse(0L);
            ObjectNode start = body("UCAROL").put("system", "Platform under review").put("lead", "UCAROL").put("doc", doc);
            ENGINEERS.forEach(start.putArray("engineers")::add);
            post(http, base + "/api/start", start);
            until(Duration.ofSeconds(120), () -> session(store).flatMap(Session::kickoffId).isPresent(), p);
            String kickoff = session(store).orElseThrow().kickoffId().orElseThrow();
            List<String> sentences = List.of(doc.split("(?<=[.!?])\\s+"));
            for (int round = 0; round < 60; round++) {
                Session s = session(store).orElseThrow();
                boolean asked = false;
                for (String e : ENGINEERS) {
                    Optional<Question> q = s.openQuestionFor(e).filter(x -> x.messageId().isPresent());
                    if (q.isPresent()) {
                        asked = true;
                        String answer = sentences.get((answers * 7) % sentences.size());
                        post(http, base + "/api/post", body(e).put("thread", kickoff).put("text", answer));
                        answers++;
                    }
                }
                if (!asked && s.state() != dev.threatmodelbot.domain.SessionState.INTERVIEWING) {
                    break;
                }
                int before = answers;
                until(Duration.ofSeconds(60), () -> session(store).map(x -> x.answers().size() + x.comments().size()
                        >= before - 3 && x.outbox().isEmpty()).orElse(false), p);
                if (!asked) {
                    Thread.sleep(500);
                }
            }
            String id = session(store).orElseThrow().id().value();
            post(http, base + "/api/command", body("UCAROL").put("text", "/threatmodel draft " + id));
            until(Duration.ofSeconds(120), () -> session(store).map(x -> x.state() == dev.threatmodelbot.domain.SessionState.GATHERED
                    && x.outbox().isEmpty())
                    .orElse(false), p);
            post(http, base + "/api/command", body("UCAROL").put("text", "/threatmodel draft " + id));
            until(Duration.ofSeconds(180), () -> session(store).flatMap(Session::draft).map(d -> d.rootId().isPresent()
                    && d.threats().stream().allMatch(t -> t.messageId().isPresent())).orElse(false), p);
            threats = session(store).flatMap(Session::draft).map(d -> d.threats().size()).orElse(0);
            hwmKb = rss(p.pid(), "VmHWM").orElse(0L);
            RedisCleanup.deletePrefix(prefix);
        } finally {
            p.destroy();
            p.waitFor();
        }
        Duration took = Duration.between(started, Instant.now());
        long peakMib = Math.max(peakKb.get(), hwmKb) / 1024;
        String verdict = peakMib <= BUDGET_MIB ? "within" : "over";
        StringBuilder md = new StringBuilder();
        md.append("# Memory budget: one whole session in a ").append(BUDGET_MIB).append(" MiB container\n\n");
        md.append("- Date: ").append(Instant.now()).append('\n');
        md.append("- Command: `").append(System.getenv().getOrDefault("BENCH_COMMAND", "bench/memory-budget.sh"))
                .append("`\n");
        MachineFacts.collect().forEach((k, v) -> {
            if (!k.startsWith("GC")) { // the bench's own JVM, not the service's
                md.append("- ").append(k).append(": ").append(v).append('\n');
            }
        });
        md.append("- JVM flags (the chart's `javaOpts` and the Dockerfile's): `").append(flags).append("`, with `-XX:MaxRAM=")
                .append(BUDGET_MIB).append("m` standing for the container's memory limit\n\n");
        md.append("## Result\n\n| | |\n|---|---:|\n");
        md.append("| resident set after start (model loaded, idle) | ").append(idleKb / 1024).append(" MiB |\n");
        md.append("| peak resident set during the session | **").append(peakMib).append(" MiB** (").append(verdict)
                .append(" the ").append(BUDGET_MIB).append(" MiB budget) |\n");
        md.append("| design doc | ").append(doc.length()).append(" characters |\n");
        md.append("| answers from three engineers | ").append(answers).append(" |\n");
        md.append("| threats drafted | ").append(threats).append(" |\n");
        md.append("| wall time | ").append(took.toSeconds()).append(" s |\n\n");
        md.append("## Method\n\nThe jar (`mvn package`) runs in a JVM of its own with the flags above, the web workspace ")
                .append("as its surface and the Redis the tests use (an external Redis, as in the chart: its memory is ")
                .append("not the service's). The bench starts a session through the workspace's start form with a ")
                .append(DOC_CHARS).append("-character design doc made of the eval cases' docs, answers every open ")
                .append("question of each of three engineers with a sentence of the doc until the interview ends, ")
                .append("then the lead wraps up and drafts. Peak = the larger of the highest `VmRSS` sampled every ")
                .append("100 ms and the kernel's `VmHWM`. The service's log is in `target/memory-budget-service.log`.\n");
        Files.createDirectories(Path.of("bench", "results"));
        Files.writeString(Path.of("bench", "results", "memory-budget.md"), md.toString());
        System.out.println(md);
        System.exit(peakMib <= BUDGET_MIB ? 0 : 1);
    }

    /** The chart's javaOpts, so the bench measures what is deployed. */
    static String chartFlags() throws Exception {
        String values = Files.readString(Path.of("helm", "threatmodel-bot", "values.yaml"));
        Matcher m = Pattern.compile("(?m)^javaOpts: \"([^\"]+)\"").matcher(values);
        if (!m.find()) {
            throw new IllegalStateException("no javaOpts in the chart's values");
        }
        return m.group(1);
    }

    /** 40,000 characters of design docs, the eval cases' one after another, cut at a line. */
    static String designDoc() throws Exception {
        StringBuilder doc = new StringBuilder();
        for (String c : List.of("external-secrets-operator", "husky-ai", "threat-composer-app", "vehicle-registration")) {
            doc.append(Files.readString(Path.of("eval", "cases", c, "design.md"), StandardCharsets.UTF_8)).append("\n\n");
        }
        String all = doc.toString();
        int cut = all.indexOf('\n', DOC_CHARS); // at least 40,000 characters, ending at a line
        return all.substring(0, cut < 0 ? all.length() : cut);
    }

    static Optional<Session> session(RedisSessionStore store) {
        List<Session> all = store.inChannel(WebWorkspace.CHANNEL);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static Optional<Long> rss(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (Exception e) {
            // the process has ended
        }
        return Optional.empty();
    }

    static ObjectNode body(String as) {
        return JSON.createObjectNode().put("as", as).put("nonce", UUID.randomUUID().toString());
    }

    static void post(HttpClient http, String url, JsonNode body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Workspace", "1").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void until(Duration timeout, Check check, Process p) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the service died (out of memory?); see target/memory-budget-service.log");
            }
            if (check.ok()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out; see target/memory-budget-service.log");
    }

}
