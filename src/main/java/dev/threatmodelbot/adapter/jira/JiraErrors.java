package dev.threatmodelbot.adapter.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Jira's refusals in a few words, and how long it asks to wait. */
final class JiraErrors {
    static final int MOST_CHARS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraErrors() {}

    /**
     * "HTTP 400: priority: Field 'priority' cannot be set…" from Jira's {@code errorMessages} and
     * {@code errors}, or a plain sentence when the body says nothing readable (an HTML login page).
     * Never longer than {@value #MOST_CHARS} characters, never carrying {@code secret}.
     */
    static String reason(int status, String body, String secret) {
        Optional<String> words = words(body);
        String reason = status == 401
                ? plain(status) + words.map(w -> ": " + w).orElse("")
                : words.map(w -> "HTTP " + status + ": " + w).orElseGet(() -> plain(status));
        return clip(secret.isEmpty() ? reason : reason.replace(secret, "***"));
    }

    private static String plain(int status) {
        return switch (status) {
            case 401 -> "Jira did not accept the credentials (HTTP 401)";
            case 403 -> "Jira refused permission to do this (HTTP 403)";
            case 404 -> "Jira knows no such project or issue, or the Jira URL is wrong (HTTP 404)";
            default -> status >= 300 && status < 400
                    ? "Jira redirected the request elsewhere (HTTP " + status + "); check the Jira URL"
                    : "Jira refused the request (HTTP " + status + ")";
        };
    }

    /** What Jira said: its error messages, then "field: message" per field; empty when nothing. */
    static Optional<String> words(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || !json.isObject()) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        json.path("errorMessages").forEach(m -> said.add(m.asText()));
        json.path("errors").properties().forEach(e -> said.add(e.getKey() + ": " + e.getValue().asText()));
        if (json.path("message").isTextual()) {
            said.add(json.path("message").asText());
        }
        String text = String.join("; ", said.stream().map(JiraText::line).filter(s -> !s.isEmpty()).toList());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** {@code Retry-After} as seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(Optional<String> header, Clock clock) {
        return header.map(String::strip).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(clock.instant(), at.toInstant()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    static String clip(String text) {
        return JiraText.clip(text, MOST_CHARS);
    }
}
