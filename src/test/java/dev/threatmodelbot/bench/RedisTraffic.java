package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.TestRedis;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisMonitor;

/**
 * What one stretch of work asked of Redis, read with MONITOR on a connection of its own and kept only for
 * commands naming one key prefix: commands (those run inside Lua scripts included), bytes written (the
 * arguments of every writing command as Redis ran it: keys, fields and values) and bytes sent by the client
 * (the arguments of the commands it sent, a script's text included).
 */
final class RedisTraffic implements AutoCloseable {
    private static final Set<String> WRITES = Set.of("SET", "HSET", "HMSET", "HDEL", "DEL", "UNLINK", "PEXPIRE",
            "EXPIRE", "ZADD", "ZREM", "SADD", "SREM", "XADD", "XDEL", "XACK", "RPUSH", "LSET", "LTRIM");

    private final Jedis connection = new Jedis(URI.create(TestRedis.url()));
    private final String prefix;
    private final List<Tally> seen = new ArrayList<>();
    private Tally current = new Tally();

    /** Totals of one stretch. */
    static final class Tally {
        long commands;
        long written;
        long sent;
        long saves;
    }

    RedisTraffic(String prefix) throws InterruptedException {
        this.prefix = prefix;
        Thread thread = new Thread(() -> {
            try {
                connection.monitor(new JedisMonitor() {
                    @Override
                    public void onCommand(String line) {
                        record(line);
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

    /** Ends the current stretch once MONITOR has shown everything sent before this call; returns its totals. */
    Tally cut(redis.clients.jedis.UnifiedJedis redis) throws InterruptedException {
        String marker = prefix + "cut:" + System.nanoTime();
        synchronized (this) {
            seen.clear();
        }
        redis.get(marker);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (this) {
                if (!seen.isEmpty()) {
                    return seen.get(0);
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("MONITOR fell behind");
    }

    private synchronized void record(String line) {
        if (!line.contains(prefix)) {
            return;
        }
        List<byte[]> args = arguments(line);
        if (args.isEmpty()) {
            return;
        }
        String name = new String(args.get(0), java.nio.charset.StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (name.equals("GET") && new String(args.get(1), java.nio.charset.StandardCharsets.UTF_8)
                .startsWith(prefix + "cut:")) {
            seen.add(current);
            current = new Tally();
            return;
        }
        long bytes = args.stream().skip(1).mapToLong(a -> a.length).sum();
        current.commands++;
        boolean inLua = line.contains(" lua] ");
        if (!inLua) {
            current.sent += bytes;
        }
        if (WRITES.contains(name)) {
            current.written += bytes;
        }
        String session = prefix + "session:";
        if (!inLua && name.equals("EVAL") && args.stream()
                .anyMatch(a -> new String(a, java.nio.charset.StandardCharsets.UTF_8).startsWith(session))) {
            current.saves++;
        }
    }

    /** The quoted arguments of a MONITOR line, unescaped to their bytes. */
    static List<byte[]> arguments(String line) {
        List<byte[]> out = new ArrayList<>();
        int i = line.indexOf("] \"");
        if (i < 0) {
            return out;
        }
        i += 2;
        while (i < line.length() && line.charAt(i) == '"') {
            ByteArrayOutputStream arg = new ByteArrayOutputStream();
            i++;
            while (i < line.length() && line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char n = line.charAt(i + 1);
                    if (n == 'x' && i + 3 < line.length()) {
                        arg.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
                        i += 4;
                        continue;
                    }
                    arg.write(switch (n) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'a' -> 7;
                        case 'b' -> '\b';
                        default -> n;
                    });
                    i += 2;
                    continue;
                }
                arg.write(c); // MONITOR escapes everything outside printable ASCII
                i++;
            }
            out.add(arg.toByteArray());
            i += 2; // the closing quote and the space after it
        }
        return out;
    }

    @Override
    public void close() {
        connection.close();
    }
}
