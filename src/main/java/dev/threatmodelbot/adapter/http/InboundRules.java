package dev.threatmodelbot.adapter.http;

import java.util.Map;
import java.util.Optional;

/**
 * What a platform tells the HTTP layer about its endpoint, in plain types so the platform's adapter needs
 * nothing of this one: who may call it, and which bodies it can take. Both look at the raw request only; the
 * platform's own parser runs after both said yes.
 */
public record InboundRules(Authenticity authenticity, Shape shape) {
    /** True when the request proves it comes from the platform (a signature, a token); checked first. */
    @FunctionalInterface
    public interface Authenticity {
        /** @param headers header names in lower case, the first value of each */
        boolean authentic(Map<String, String> headers, byte[] body);
    }

    /** Why an authentic body cannot be handled (a short text for the caller), or empty when it can. */
    @FunctionalInterface
    public interface Shape {
        /** @param contentType the media type in lower case, without parameters; empty when none was sent */
        Optional<String> problem(String contentType, byte[] body);
    }
}
