package dev.threatmodelbot.adapter.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's proof of origin, checked on the raw bytes before anything reads them: {@code X-Slack-Signature} is
 * {@code v0=hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + body))}, and the
 * timestamp is within five minutes of now, so a captured request cannot be replayed later.
 */
public final class SlackSignatures {
    private static final long TOLERANCE_SECONDS = 300;
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("v0=[0-9a-f]{64}");

    private final byte[] secret;
    private final Clock clock;

    /** @param clock wall time: freshness is about the transport, whatever time the sessions run on */
    public SlackSignatures(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public boolean authentic(Map<String, String> headers, byte[] body) {
        String timestamp = headers.getOrDefault("x-slack-request-timestamp", "").strip();
        String signature = headers.getOrDefault("x-slack-signature", "").strip();
        if (!TIMESTAMP.matcher(timestamp).matches() || !SIGNATURE.matcher(signature).matches()) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > TOLERANCE_SECONDS) {
            return false;
        }
        return MessageDigest.isEqual(expected(timestamp, body), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] expected(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            byte[] digest = mac.doFinal(body);
            return ("v0=" + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
