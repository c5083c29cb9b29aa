package dev.threatmodelbot.adapter.jira;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the wait instead of taking it. */
@FunctionalInterface
public interface Sleeper {

    /** Really waits, on the calling thread. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
