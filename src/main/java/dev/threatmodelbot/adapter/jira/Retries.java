package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.application.port.TrackerException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Runs one unit of work against Jira up to {@value #ATTEMPTS} times. Between attempts it waits as
 * long as Jira asked ({@code Retry-After}, at most half a minute) or backs off exponentially with a
 * little jitter; after the last it gives up with a retriable {@link TrackerException}.
 */
final class Retries {
    static final int ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MOST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MOST_ASKED = Duration.ofSeconds(30);

    private final Sleeper sleeper;
    private final RandomGenerator random;

    Retries(Sleeper sleeper, RandomGenerator random) {
        this.sleeper = sleeper;
        this.random = random;
    }

    <T> T run(Supplier<T> unit) {
        return run(unit, Long.MAX_VALUE);
    }

    /**
     * As {@link #run(Supplier)}, giving up (retriable) rather than waiting past {@code deadline}
     * ({@link System#nanoTime()} scale), so one ticket never holds its session's lease too long.
     */
    <T> T run(Supplier<T> unit, long deadline) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unit.get();
            } catch (JiraUnavailable e) {
                int failed = attempt;
                Duration wait = e.retryAfter().map(Retries::capped).orElseGet(() -> backoff(failed));
                if (attempt == ATTEMPTS || deadline - System.nanoTime() < wait.toNanos()) {
                    throw new TrackerException(e.reason() + ", still after " + attempt
                            + (attempt == 1 ? " attempt" : " attempts"), true, e);
                }
                pause(wait);
            }
        }
    }

    /** 1 s, 2 s, 4 s … plus up to a tenth more, at most {@link #MOST_BACKOFF}. */
    Duration backoff(int attempt) {
        long base = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        long jitter = random.nextLong(base / 10 + 1);
        return Duration.ofMillis(Math.min(base + jitter, MOST_BACKOFF.toMillis()));
    }

    private static Duration capped(Duration asked) {
        return asked.isNegative() ? Duration.ZERO : asked.compareTo(MOST_ASKED) > 0 ? MOST_ASKED : asked;
    }

    void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException("interrupted while waiting to try Jira again", true, e);
        }
    }
}
