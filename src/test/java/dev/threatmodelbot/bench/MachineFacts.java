package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.TestRedis;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import redis.clients.jedis.RedisClient;

/** What the numbers depend on, recorded next to them: cores, JVM, GC and which Redis answered. */
final class MachineFacts {
    private MachineFacts() {}

    static Map<String, String> collect() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cores (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("CPU", cpuModel());
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("GC / max heap", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "))
                + " / " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        facts.put("Redis", redisKind() + ", version " + redisVersion());
        return facts;
    }

    /** Where TestRedis found its server: the environment, a local server on 6379, or an embedded one. */
    static String redisKind() {
        String url = TestRedis.url();
        String env = System.getenv("REDIS_URL");
        if (env != null && !env.isBlank()) {
            return "REDIS_URL from the environment (" + url.replaceAll("//[^@/]*@", "//***@") + ")";
        }
        if ("redis://127.0.0.1:6379".equals(url)) {
            return "local redis-server, redis://127.0.0.1:6379 (TCP loopback)";
        }
        return "embedded redis-server started by TestRedis (" + url + ")";
    }

    private static String redisVersion() {
        try (RedisClient redis = TestRedis.client()) {
            return redis.info("server").lines().filter(l -> l.startsWith("redis_version:"))
                    .map(l -> l.substring("redis_version:".length()).trim()).findFirst().orElse("unknown");
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
