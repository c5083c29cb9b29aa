package dev.threatmodelbot.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a condition holds, or fails with a description once the deadline passes. No fixed sleeps. */
public final class Eventually {
    private Eventually() {}

    public static void until(String what, Supplier<Boolean> condition) {
        until(what, Duration.ofSeconds(20), condition);
    }

    public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out waiting for " + what, last);
    }
}
