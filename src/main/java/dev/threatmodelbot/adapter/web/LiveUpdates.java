package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.application.chat.HostedConversations;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events: every open page hears the workspace's version whenever it changes (whoever made
 * the change: a worker, another page, another replica), and a comment every 15 s keeps proxies from
 * closing the stream. The page then fetches what it shows.
 */
final class LiveUpdates implements AutoCloseable {
    private final HostedConversations store;
    private final String space;
    private final List<AsyncContext> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "web-live-updates");
        t.setDaemon(true);
        return t;
    });
    private volatile long sent = -1;
    private volatile long lastBeat = System.nanoTime();

    LiveUpdates(HostedConversations store, String space) {
        this.store = store;
        this.space = space;
        ticker.scheduleWithFixedDelay(this::tick, 250, 250, TimeUnit.MILLISECONDS);
    }

    void open(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/event-stream");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Accel-Buffering", "no");
        AsyncContext ctx = req.startAsync();
        ctx.setTimeout(0);
        PrintWriter out = resp.getWriter();
        out.write("retry: 2000\ndata: " + store.version(space) + "\n\n");
        out.flush();
        listeners.add(ctx);
    }

    private void tick() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            long version = store.version(space);
            boolean beat = System.nanoTime() - lastBeat > TimeUnit.SECONDS.toNanos(15);
            if (version != sent || beat) {
                String line = version != sent ? "data: " + version + "\n\n" : ": still here\n\n";
                sent = version;
                if (beat) {
                    lastBeat = System.nanoTime();
                }
                for (AsyncContext ctx : listeners) {
                    send(ctx, line);
                }
            }
        } catch (RuntimeException e) {
            // Redis is away for a moment: the pages keep their stream and hear the next change
        }
    }

    private void send(AsyncContext ctx, String line) {
        try {
            PrintWriter out = ctx.getResponse().getWriter();
            out.write(line);
            out.flush();
            if (out.checkError()) {
                drop(ctx);
            }
        } catch (IOException | IllegalStateException e) {
            drop(ctx);
        }
    }

    private void drop(AsyncContext ctx) {
        listeners.remove(ctx);
        try {
            ctx.complete();
        } catch (IllegalStateException e) {
            // already closed by the page
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        listeners.forEach(this::drop);
    }
}
