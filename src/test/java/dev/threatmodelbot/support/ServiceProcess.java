package dev.threatmodelbot.support;

import dev.threatmodelbot.bootstrap.Config;
import dev.threatmodelbot.bootstrap.Service;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The service in a JVM of its own, so a test can kill it outright (no shutdown hook, no graceful stop) and
 * start it again. Its clock runs {@code offset} away from the machine's, the same for every start.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service with {@code env} (PORT is set here: {@code port}, or a free one when 0). */
    public static ServiceProcess start(Map<String, String> env, int port, Duration offset, String name)
            throws IOException {
        int listen = port == 0 ? freePort() : port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-DDJL_CACHE_DIR=target/djl", "-Djava.io.tmpdir=target", ServiceProcess.class.getName(),
                String.valueOf(offset.toMillis()));
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("PORT", String.valueOf(listen));
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        File log = Path.of("target", "service-" + name + ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        Eventually.until(name + " service ready", Duration.ofSeconds(60), () -> {
            if (!p.isAlive()) {
                throw new AssertionError(name + " service exited; see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listen + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        return new ServiceProcess(p, listen);
    }

    public int port() {
        return port;
    }

    /** SIGKILL: whatever was in flight is cut off where it stood. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** In the child JVM: the service from the environment, its clock {@code args[0]} milliseconds away. */
    public static void main(String[] args) {
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Long.parseLong(args[0])));
        Service.start(Config.from(System.getenv()), clock);
    }
}
