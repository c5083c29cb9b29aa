package dev.threatmodelbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/** A Redis of the test's own (the bundled binary, AOF on) that the test may stop and start again on one port. */
public final class DisposableRedis implements AutoCloseable {
    private final int port;
    private final RedisServer server;

    public DisposableRedis() {
        try {
            Path dir = Files.createTempDirectory("tm-disposable-redis");
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            server = RedisServer.newRedisServer()
                    .executableProvider(ExecutableProvider.newJarResourceProvider(
                            Files.createDirectories(dir.resolve("bin")).toFile()))
                    .bind("127.0.0.1").port(port)
                    .setting("dir " + dir).setting("appendonly yes").setting("appendfsync always")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public void stop() throws IOException {
        server.stop();
    }

    public void start() throws IOException {
        server.start();
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
