package dev.threatmodelbot.bootstrap;

import dev.threatmodelbot.domain.Secrets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the logs never show: the service's own credentials (read once from the environment) and anything that looks
 * like a secret in what people wrote ({@link Secrets}). Used by both log formats.
 */
public final class LogRedaction {
    /** The variables that hold credentials; their values are masked wherever they appear. */
    static final List<String> SECRET_VARIABLES = List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "LLM_API_KEY",
            "JIRA_API_TOKEN", "MICROSOFT_APP_PASSWORD", "WEB_WORKSPACE_SECRET", "REDIS_URL");
    private static volatile List<String> values;

    private LogRedaction() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String v : values()) {
            out = out.replace(v, "[redacted]");
        }
        return Secrets.redact(out);
    }

    /** For tests: these values are the credentials to mask, instead of the environment's. */
    static void useSecrets(List<String> secrets) {
        values = List.copyOf(secrets);
    }

    private static List<String> values() {
        List<String> known = values;
        if (known == null) {
            known = SECRET_VARIABLES.stream().map(System::getenv).filter(Objects::nonNull)
                    .map(v -> v.equals(System.getenv("REDIS_URL")) ? password(v) : Optional.of(v))
                    .flatMap(Optional::stream).filter(v -> v.length() >= 6).toList();
            values = known;
        }
        return known;
    }

    /** Only the password of a Redis URL is secret. */
    private static Optional<String> password(String url) {
        int at = url.indexOf('@');
        int colon = url.lastIndexOf(':', at);
        return at > 0 && colon > url.indexOf("//") ? Optional.of(url.substring(colon + 1, at)) : Optional.empty();
    }
}
