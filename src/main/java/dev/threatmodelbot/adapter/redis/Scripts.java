package dev.threatmodelbot.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Lua scripts shipped in {@code redis/}. */
final class Scripts {
    static final String APPEND_EVENT = load("append-event.lua");
    static final String CLAIM_DUE_JOBS = load("claim-due-jobs.lua");
    static final String ACQUIRE_LOCK = load("acquire-lock.lua");
    static final String RELEASE_LOCK = load("release-lock.lua");
    static final String SAVE_SESSION = load("save-session.lua");

    private Scripts() {}

    private static String load(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream("/redis/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
