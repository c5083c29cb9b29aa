package dev.threatmodelbot.adapter.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.threatmodelbot.application.port.ChatException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack Web API calls with Slack's retry rules: HTTP 429 waits for {@code Retry-After}; network
 * errors, 5xx and Slack's transient error codes back off exponentially; anything else is final.
 * A transient failure may have taken effect, which the caller hears through {@code onUncertain}.
 */
final class SlackRetry {
    private static final Logger LOG = LoggerFactory.getLogger(SlackRetry.class);
    private static final Set<String> TRANSIENT =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited");
    /** The token is wrong or revoked: nothing can be posted until an admin fixes it, so messages wait. */
    private static final Set<String> AUTH = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired",
            "account_inactive", "no_permission", "missing_scope", "ekm_access_denied");
    /** The conversation cannot be reached any more. */
    static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "restricted_action", "restricted_action_thread_locked");
    private static final int MAX_RATE_LIMITED = 10;
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final int attempts;
    private final Duration firstBackoff;

    private final dev.threatmodelbot.application.port.Metrics metrics;

    SlackRetry(int attempts, Duration firstBackoff) {
        this(attempts, firstBackoff, dev.threatmodelbot.application.port.Metrics.NONE);
    }

    SlackRetry(int attempts, Duration firstBackoff, dev.threatmodelbot.application.port.Metrics metrics) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.metrics = metrics;
    }

    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    <T extends SlackApiTextResponse> T run(String method, Call<T> call, Runnable onUncertain) {
        Duration backoff = firstBackoff;
        String last = "unknown";
        int rateLimited = 0;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long started = System.nanoTime();
            try {
                T response = call.run();
                metrics.call("slack", response.isOk() ? "ok" : "error", Duration.ofNanos(System.nanoTime() - started));
                if (response.isOk()) {
                    return response;
                }
                last = response.getError();
                if (AUTH.contains(last)) {
                    LOG.error("{} refused: {} — check SLACK_BOT_TOKEN and the app's scopes", method, last);
                    throw new ChatException(last, true, null);
                }
                if (!TRANSIENT.contains(last)) {
                    throw new ChatException(last, false, CHANNEL_GONE.contains(last), null);
                }
                onUncertain.run();
            } catch (SlackApiException e) {
                metrics.call("slack", e.getResponse().code() == 429 ? "rate_limited" : "error",
                        Duration.ofNanos(System.nanoTime() - started));
                if (e.getResponse().code() == 429 && ++rateLimited <= MAX_RATE_LIMITED) {
                    Duration wait = retryAfter(e);
                    LOG.info("{} rate limited; waiting {} s as Slack asks", method, wait.toSeconds());
                    sleep(wait);
                    attempt--; // waiting as told is not a failed attempt
                    continue;
                }
                last = "http_" + e.getResponse().code();
                if (e.getResponse().code() == 429) {
                    throw new ChatException("still rate limited", true, e);
                }
                if (e.getResponse().code() < 500) {
                    throw new ChatException(last, false, e);
                }
                onUncertain.run();
            } catch (IOException e) {
                metrics.call("slack", "error", Duration.ofNanos(System.nanoTime() - started));
                last = "network: " + e.getClass().getSimpleName();
                onUncertain.run();
            }
            LOG.info("{} failed ({}), attempt {} of {}", method, last, attempt, attempts);
            if (attempt < attempts) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new ChatException(last, true, null);
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(header == null ? "1" : header.trim()));
            return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException("interrupted", true, e);
        }
    }
}
