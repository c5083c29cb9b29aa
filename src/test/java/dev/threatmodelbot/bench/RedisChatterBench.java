package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.TestRedis;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisMonitor;

/**
 * Commands one replica sends Redis: idle (no sessions), and per answered question end to end (the signed
 * reply acknowledged, processed, the next question delivered, the kickoff updated), idle traffic subtracted.
 * Counted with MONITOR, keeping only commands that name this run's key prefix, so other users of the same
 * Redis do not count. Run through bench/redis-chatter.sh.
 *
 * <p>Args: idle seconds (30), answers (8).
 */
public final class RedisChatterBench {
    static final Path RESULTS = Path.of("bench", "results", "redis-chatter.md");
    static final String LEAD = "U0SECLEAD1";
    static final String ALICE = "U0ALICE001";
    static final String BOB = "U0BOB00001";
    static final String DOC = """
            # Orders platform
            Customers use a web app that calls the Orders API over HTTPS. The Orders API stores orders in a
            PostgreSQL database and calls the Stripe API for payments.
            """;
    static final List<String> ANSWERS = List.of(
            "I look after the Orders API. It runs on Kubernetes behind an ingress.",
            "Customers sign in with our identity provider; the API checks the JWT on every call.",
            "The database holds names, addresses and order history. Only the Orders API connects to it.",
            "Stripe is called over TLS with a restricted API key kept in the secrets manager.",
            "Logs go to CloudWatch; we do not log card data.",
            "Admins use a separate console behind the VPN with SSO.",
            "Backups are taken nightly and encrypted with KMS.",
            "Rate limiting is done at the ingress, 100 requests a minute per client.");

    private RedisChatterBench() {}

    public static void main(String[] args) {
        if (System.getProperty("LOG_LEVEL") == null) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 30, args.length > 1 ? Integer.parseInt(args[1]) : 8);
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    private static void run(int idleSeconds, int answers) throws Exception {
        String command = System.getenv().getOrDefault("BENCH_COMMAND",
                "bench/redis-chatter.sh " + idleSeconds + " " + answers);
        Map<String, String> facts = MachineFacts.collect();
        try (Harness h = Harness.startOnAWorkdayMorning(Map.of()); Counter counter = new Counter(h.prefix)) {
            Thread.sleep(3_000); // start-up writes are not idle traffic
            Map<String, Long> idleBefore = counter.byCommand();
            long before = counter.total();
            Instant t0 = Instant.now();
            Thread.sleep(idleSeconds * 1000L);
            double seconds = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
            double idleRate = (counter.total() - before) / seconds;
            Map<String, Long> idleByCommand = Counter.minus(counter.byCommand(), idleBefore);

            String thread = h.startFromForm(LEAD, "Orders platform", List.of(ALICE, BOB), DOC);
            Thread.sleep(1_500);
            long startedBytes = memory(h.prefix);
            List<Double> perAnswer = new ArrayList<>();
            Map<String, Long> answerBefore = counter.byCommand();
            for (int i = 0; i < Math.min(answers, ANSWERS.size()); i++) {
                int posts = h.slack.threadPosts(thread).size();
                long start = counter.total();
                Instant s = Instant.now();
                h.user.reply(i % 2 == 0 ? ALICE : BOB, thread, ANSWERS.get(i));
                if (!until(() -> h.slack.threadPosts(thread).size() > posts, Duration.ofSeconds(15))) {
                    break; // the interview asked nothing more
                }
                Thread.sleep(1_500); // the kickoff update and anything else the answer causes
                double window = Duration.between(s, Instant.now()).toMillis() / 1000.0;
                perAnswer.add(counter.total() - start - idleRate * window);
            }
            Map<String, Long> answerByCommand = Counter.minus(counter.byCommand(), answerBefore);
            long answeredBytes = memory(h.prefix);
            String report = report(command, facts, idleSeconds, idleRate, idleByCommand, perAnswer, answerByCommand)
                    + memoryReport(startedBytes, answeredBytes, perAnswer.size());
            System.out.println(report);
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, report);
            System.err.println("written " + RESULTS.toAbsolutePath());
        }
    }

    /**
     * Bytes Redis holds for every key under the prefix ({@code MEMORY USAGE … SAMPLES 0}, which counts key,
     * overhead and every element).
     */
    static long memory(String prefix) {
        long bytes = 0;
        try (Jedis j = new Jedis(URI.create(TestRedis.url()))) {
            String cursor = "0";
            do {
                redis.clients.jedis.resps.ScanResult<String> page = j.scan(cursor,
                        new redis.clients.jedis.params.ScanParams().match(prefix + "*").count(500));
                for (String key : page.getResult()) {
                    Long used = j.memoryUsage(key, 0); // every field of a hash, not an estimate from five
                    bytes += used == null ? 0 : used;
                }
                cursor = page.getCursor();
            } while (!cursor.equals("0"));
        }
        return bytes;
    }

    private static String memoryReport(long started, long answered, int answers) {
        return String.format("%n## Redis memory%n%n| measure | bytes |%n|---|---:|%n"
                + "| one session just started (two engineers, a short doc; every key of the run, the inbox and jobs included) | %d |%n"
                + "| the same after %d answers | %d |%n| per answered question | %d |%n", started, answers, answered,
                answers == 0 ? 0 : (answered - started) / answers);
    }

    private static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static String report(String command, Map<String, String> facts, int idleSeconds, double idleRate,
            Map<String, Long> idleByCommand, List<Double> perAnswer, Map<String, Long> answerByCommand) {
        double median = perAnswer.stream().sorted().skip(Math.max(0, (perAnswer.size() - 1) / 2)).findFirst()
                .orElse(Double.NaN);
        double mean = perAnswer.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        StringBuilder b = new StringBuilder("# Redis commands per replica: idle and per answered question\n\n");
        b.append("- Date: ").append(Instant.now()).append("\n- Command: `").append(command).append("`\n");
        facts.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        b.append("- Counted with MONITOR: commands naming this run's key prefix (one service, its fake Slack, real Redis)\n");
        b.append("\n## Results\n\n| measure | value | target |\n|---|---:|---:|\n");
        b.append(String.format("| idle replica, commands/s (over %d s, no sessions) | %.2f | ≤ 3 |%n", idleSeconds,
                idleRate));
        b.append(String.format("| per answered question, median (%d answers, idle subtracted) | %.1f | ≤ 25 |%n",
                perAnswer.size(), median));
        b.append(String.format("| per answered question, mean | %.1f | |%n", mean));
        b.append("\n*Per answered question*: from the signed reply to the next question posted, plus 1.5 s for the "
                + "kickoff update and anything else it causes: the ack (dedupe and append), the worker's read, lease, "
                + "event, session load and save, delivery bookkeeping.\n");
        b.append("\n### Idle, by command\n\n").append(table(idleByCommand));
        b.append("\n### All answers together, by command (idle included)\n\n").append(table(answerByCommand));
        return b.toString();
    }

    private static String table(Map<String, Long> byCommand) {
        StringBuilder b = new StringBuilder("| command | count |\n|---|---:|\n");
        byCommand.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        return b.toString();
    }

    /** MONITOR on a connection of its own, counting the commands that name one key prefix. */
    static final class Counter implements AutoCloseable {
        private final Jedis connection = new Jedis(URI.create(TestRedis.url()));
        private final AtomicLong total = new AtomicLong();
        private final Map<String, Long> byCommand = new TreeMap<>();
        private final Thread thread;

        Counter(String prefix) throws InterruptedException {
            thread = new Thread(() -> {
                try {
                    connection.monitor(new JedisMonitor() {
                        @Override
                        public void onCommand(String line) {
                            if (line.contains(prefix)) {
                                total.incrementAndGet();
                                synchronized (byCommand) {
                                    byCommand.merge(name(line), 1L, Long::sum);
                                }
                            }
                        }
                    });
                } catch (RuntimeException e) {
                    // closed at the end of the run
                }
            }, "monitor");
            thread.setDaemon(true);
            thread.start();
            Thread.sleep(300);
        }

        long total() {
            return total.get();
        }

        Map<String, Long> byCommand() {
            synchronized (byCommand) {
                return new TreeMap<>(byCommand);
            }
        }

        static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
            Map<String, Long> d = new TreeMap<>();
            after.forEach((k, v) -> {
                long n = v - before.getOrDefault(k, 0L);
                if (n > 0) {
                    d.put(k, n);
                }
            });
            return d;
        }

        private static String name(String line) {
            int q = line.indexOf("] \"");
            if (q < 0) {
                return "?";
            }
            int end = line.indexOf('"', q + 3);
            return end < 0 ? "?" : line.substring(q + 3, end).toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
