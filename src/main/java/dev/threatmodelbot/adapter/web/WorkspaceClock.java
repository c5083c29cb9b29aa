package dev.threatmodelbot.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock when the web workspace is the only surface: real time, plus whatever the page's
 * "a day later" control has added, so reminders, escalation and deadlines can be seen in minutes.
 */
public final class WorkspaceClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> ahead;

    public WorkspaceClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private WorkspaceClock(Clock base, AtomicReference<Duration> ahead) {
        this.base = base;
        this.ahead = ahead;
    }

    /** Moves the clock forward; it never goes back. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        ahead.updateAndGet(d -> d.plus(by));
    }

    public Duration ahead() {
        return ahead.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new WorkspaceClock(base.withZone(zone), ahead);
    }
}
