package dev.threatmodelbot.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis for machines without one: the distribution's {@code redis-server} when installed, else
 * the binary shipped in the embedded-redis jar. Append-only file on, data under {@code dataDir}, so
 * a laptop keeps its sessions across restarts. If a previous run's server is still up (its JVM was
 * killed), it is reused rather than started twice on the same files.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final Path dataDir;
    private final boolean preferInstalled;
    private RedisServer server;
    private int port;

    public EmbeddedRedis(Path dataDir) {
        this(dataDir, true);
    }

    /** {@code preferInstalled=false} always runs the binary shipped in the jar (what a fresh laptop gets). */
    EmbeddedRedis(Path dataDir, boolean preferInstalled) {
        this.dataDir = dataDir.toAbsolutePath();
        this.preferInstalled = preferInstalled;
    }

    public String start() {
        try {
            Files.createDirectories(dataDir);
            Path portFile = dataDir.resolve("redis.port");
            Optional<Integer> running = previous(portFile);
            if (running.isPresent()) {
                port = running.get();
                LOG.info("reusing the embedded Redis already serving {} on port {}", dataDir, port);
                return url();
            }
            port = freePort();
            server = RedisServer.newRedisServer()
                    .executableProvider(executable())
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + dataDir)
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save 3600 1 300 100 60 10000")
                    .setting("maxmemory-policy noeviction")
                    .setting("protected-mode yes")
                    .onShutdownForceStop(false) // stopped in close(), after the workers
                    .build();
            server.start();
            Files.writeString(portFile, String.valueOf(port));
            LOG.info("embedded Redis on 127.0.0.1:{} with append-only data in {}", port, dataDir);
            return url();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis in " + dataDir, e);
        }
    }

    private String url() {
        return "redis://127.0.0.1:" + port;
    }

    private Optional<Integer> previous(Path portFile) throws IOException {
        if (!Files.exists(portFile)) {
            return Optional.empty();
        }
        int candidate = Integer.parseInt(Files.readString(portFile).trim());
        try (Jedis probe = new Jedis("127.0.0.1", candidate, 500)) {
            java.util.List<String> dir = probe.configGet("dir").values().stream().toList();
            return dir.contains(dataDir.toString()) ? Optional.of(candidate) : Optional.empty();
        } catch (RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    private ExecutableProvider executable() throws IOException {
        if (preferInstalled) {
            try {
                return ExecutableProvider.newExecutableInPath("redis-server");
            } catch (IOException notInstalled) {
                LOG.debug("no redis-server on PATH; using the bundled binary");
            }
        }
        // extracted beside the data, not into a shared temp dir, so nothing else can swap the binary
        Path bin = Files.createDirectories(dataDir.resolve("bin"));
        return ExecutableProvider.newJarResourceProvider(bin.toFile());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                LOG.warn("embedded Redis did not stop cleanly: {}", e.toString());
            }
        }
    }
}
