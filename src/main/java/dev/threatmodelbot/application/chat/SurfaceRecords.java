package dev.threatmodelbot.application.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * Small records a surface keeps for itself, durable like the sessions: where a tenant's platform service answers,
 * the names people go by, which message a post became. Keys and values are opaque strings; each surface names its
 * own keys ({@code teams:…}).
 */
public interface SurfaceRecords {

    Optional<String> get(String key);

    /** Stores {@code value}, kept for {@code ttl}. */
    void put(String key, String value, Duration ttl);

    /** Stores {@code value} unless the key holds one already; true when it was stored (the first to ask). */
    boolean putIfAbsent(String key, String value, Duration ttl);
}
