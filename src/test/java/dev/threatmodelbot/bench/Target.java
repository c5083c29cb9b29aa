package dev.threatmodelbot.bench;

import java.net.URI;
import java.time.Duration;

/** One server under load: where to post, what to post, and how to let it go quiet between phases. */
interface Target extends AutoCloseable {
    String name();

    URI endpoint();

    /** A fresh Events API thread reply (new event_id and ts), unsigned; the load generator signs it. */
    String nextEvent();

    /**
     * Waits until work left over from earlier requests is done, so that it does not run during the
     * next measured phase (this target's or the other's); returns how long that took.
     */
    default Duration settle() {
        return Duration.ZERO;
    }

    @Override
    void close();
}
