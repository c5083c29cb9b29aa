package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.SlackSigner;
import dev.threatmodelbot.support.SlackUser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load over loopback: {@code concurrency} threads each send one signed request, wait for
 * the ack, then send the next, until the fixed request count is used up. Closed loop because a
 * platform's delivery is bounded by its own connections, and it stops by itself.
 */
final class LoadGenerator {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final int concurrency;

    LoadGenerator(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    int concurrency() {
        return concurrency;
    }

    LoadResult run(Target target, int count) throws InterruptedException {
        // Signed up front so that HMAC and JSON building on the client side stay out of the timings.
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(signed(target, target.nextEvent()));
        }
        long[] latency = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger non200 = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        latency[i] = send(requests.get(i), non200, errors);
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        return new LoadResult(target.name(), concurrency, latency, System.nanoTime() - start, non200.get(),
                errors.get());
    }

    private long send(HttpRequest request, AtomicInteger non200, AtomicInteger errors) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                non200.incrementAndGet();
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.incrementAndGet();
        }
        return System.nanoTime() - t0;
    }

    private static HttpRequest signed(Target target, String body) {
        long timestamp = SlackUser.now();
        return HttpRequest.newBuilder(target.endpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(SlackUser.SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
