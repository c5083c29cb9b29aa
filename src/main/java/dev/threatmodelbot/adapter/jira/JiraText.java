package dev.threatmodelbot.adapter.jira;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text made fit for a ticket: one line, no control characters, bounded, links checked. */
final class JiraText {
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s<>\"'`\\[\\]{}|\\\\^]+");
    private static final Pattern HTTPS_LINK = Pattern.compile("https://[^\\s<>\"'`\\[\\]{}|\\\\^]+");

    private JiraText() {}

    /** One line: control characters dropped, runs of blanks and line breaks made single spaces. */
    static String line(String text) {
        return dev.threatmodelbot.domain.OneLine.of(text);
    }

    /** The text's paragraphs (split at blank lines), each as one line, empty ones left out. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(JiraText::line).filter(p -> !p.isEmpty()).toList();
    }

    /** At most {@code max} characters, cut at a word with an ellipsis when too long. */
    static String clip(String text, int max) {
        return dev.threatmodelbot.domain.OneLine.clip(text, max);
    }

    /** The address when it is a plain http(s) URL, safe inside a wiki link or a link mark. */
    static Optional<String> webLink(String address) {
        String a = address.strip();
        return WEB_LINK.matcher(a).matches() ? Optional.of(a) : Optional.empty();
    }

    /** The address when it is a plain https URL. */
    static Optional<String> httpsLink(String address) {
        String a = address.strip();
        return HTTPS_LINK.matcher(a).matches() ? Optional.of(a) : Optional.empty();
    }
}
