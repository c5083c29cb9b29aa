package dev.threatmodelbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSignaturesTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = 1_796_000_000L;
    final SlackSignatures signatures = new SlackSignatures(SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    final byte[] body = "token=x&command=%2Fthreatmodel&text=status".getBytes(StandardCharsets.UTF_8);

    Map<String, String> headers(long ts, String signature) {
        return Map.of("x-slack-request-timestamp", String.valueOf(ts), "x-slack-signature", signature);
    }

    @Test
    void should_accept_a_fresh_request_signed_with_the_signing_secret() {
        assertThat(signatures.authentic(headers(NOW - 10, SlackSigner.sign(SECRET, NOW - 10, body)), body)).isTrue();
    }

    @Test
    void should_refuse_another_secret_a_changed_body_and_a_missing_signature() {
        assertThat(signatures.authentic(headers(NOW, SlackSigner.sign("another", NOW, body)), body)).isFalse();
        byte[] changed = "token=x&command=%2Fthreatmodel&text=cancel".getBytes(StandardCharsets.UTF_8);
        assertThat(signatures.authentic(headers(NOW, SlackSigner.sign(SECRET, NOW, body)), changed)).isFalse();
        assertThat(signatures.authentic(Map.of(), body)).isFalse();
        assertThat(signatures.authentic(headers(NOW, "v0=" + "0".repeat(64)), body)).isFalse();
    }

    @Test
    void should_refuse_requests_older_or_newer_than_five_minutes_even_when_correctly_signed() {
        assertThat(signatures.authentic(headers(NOW - 301, SlackSigner.sign(SECRET, NOW - 301, body)), body)).isFalse();
        assertThat(signatures.authentic(headers(NOW + 301, SlackSigner.sign(SECRET, NOW + 301, body)), body)).isFalse();
        assertThat(signatures.authentic(Map.of("x-slack-request-timestamp", "soon", "x-slack-signature",
                SlackSigner.sign(SECRET, NOW, body)), body)).isFalse();
    }
}
