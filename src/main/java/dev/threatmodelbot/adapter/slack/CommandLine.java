package dev.threatmodelbot.adapter.slack;

import dev.threatmodelbot.domain.SessionId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text after {@code /threatmodel}, read into one of the subcommands. Mentions arrive escaped
 * ({@code <@U123|alice>}) because the manifest sets {@code should_escape}.
 */
sealed interface CommandLine {

    record Start(String system, List<String> engineers, Optional<String> lead, Optional<String> jira,
            Optional<LocalDate> deadline) implements CommandLine {}

    record Status(Optional<SessionId> id) implements CommandLine {}

    record Cancel(SessionId id) implements CommandLine {}

    record Draft(SessionId id) implements CommandLine {}

    record Export(SessionId id, Optional<String> format) implements CommandLine {}

    record Help() implements CommandLine {}

    /** Input that cannot be read; {@code problem} says why, in words for the person who typed it. */
    record Invalid(String problem) implements CommandLine {}

    Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
    Pattern LEAD = Pattern.compile("lead:\\s*<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>", Pattern.CASE_INSENSITIVE);
    Pattern JIRA = Pattern.compile("(?:^|\\s)jira:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    Pattern DEADLINE = Pattern.compile("(?:^|\\s)deadline:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");
    Pattern UNESCAPED = Pattern.compile("(?:^|\\s)@[A-Za-z][\\w.\\-]*");

    static CommandLine parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] words = trimmed.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (verb) {
            case "start":
                return start(rest);
            case "status":
                return rest.isEmpty() ? new Status(Optional.empty()) : sessionId(rest).<CommandLine>map(
                        id -> new Status(Optional.of(id))).orElse(new Invalid("`" + rest + "` is not a session id."));
            case "cancel":
                return rest.isEmpty()
                        ? new Invalid("Which session? Try `/threatmodel cancel TM-XXXX` (see `/threatmodel status`).")
                        : sessionId(rest).<CommandLine>map(Cancel::new)
                                .orElse(new Invalid("`" + rest + "` is not a session id."));
            case "draft":
                return rest.isEmpty()
                        ? new Invalid("Which session? Try `/threatmodel draft TM-XXXX` (see `/threatmodel status`).")
                        : sessionId(rest).<CommandLine>map(Draft::new)
                                .orElse(new Invalid("`" + rest + "` is not a session id."));
            case "export": {
                if (rest.isEmpty()) {
                    return new Invalid("Which session? Try `/threatmodel export TM-XXXX` (see `/threatmodel status`).");
                }
                String[] parts = rest.split("\\s+");
                Optional<String> format = parts.length > 1 ? Optional.of(parts[1]) : Optional.empty();
                if (format.isPresent() && !format.get().equalsIgnoreCase("jira")
                        && dev.threatmodelbot.application.ModelExporter.Format.named(format.get()).isEmpty()) {
                    return new Invalid("I can export to `jira` or as `markdown`, `threagile`, `otm` or "
                            + "`threat-composer`, not `" + format.get() + "`.");
                }
                return sessionId(rest).<CommandLine>map(id -> new Export(id, format))
                        .orElse(new Invalid("`" + rest + "` is not a session id."));
            }
            case "help":
            case "":
                return new Help();
            default:
                return new Invalid("I don't know `" + words[0] + "`.");
        }
    }

    private static Optional<SessionId> sessionId(String typed) {
        return SessionId.parse(typed.split("\\s+")[0]);
    }

    private static CommandLine start(String rest) {
        String remaining = rest;
        Optional<String> lead = Optional.empty();
        Matcher leadMatch = LEAD.matcher(remaining);
        if (leadMatch.find()) {
            lead = Optional.of(leadMatch.group(1));
            remaining = leadMatch.replaceAll(" ");
        }
        Optional<String> jira = Optional.empty();
        Matcher jiraMatch = JIRA.matcher(remaining);
        if (jiraMatch.find()) {
            String key = jiraMatch.group(1).toUpperCase(Locale.ROOT);
            if (!JIRA_KEY.matcher(key).matches()) {
                return new Invalid("`" + jiraMatch.group(1) + "` is not a Jira project key (like `SEC`).");
            }
            jira = Optional.of(key);
            remaining = jiraMatch.replaceAll(" ");
        }
        Optional<LocalDate> deadline = Optional.empty();
        Matcher deadlineMatch = DEADLINE.matcher(remaining);
        if (deadlineMatch.find()) {
            try {
                deadline = Optional.of(LocalDate.parse(deadlineMatch.group(1)));
            } catch (DateTimeParseException e) {
                return new Invalid("`" + deadlineMatch.group(1) + "` is not a date; write it as `2026-12-31`.");
            }
            remaining = deadlineMatch.replaceAll(" ");
        }
        Set<String> engineers = new LinkedHashSet<>();
        Matcher mention = MENTION.matcher(remaining);
        while (mention.find()) {
            engineers.add(mention.group(1));
        }
        String system = mention.replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (system.isEmpty() && !engineers.isEmpty()) {
            return new Invalid("Start with the system's name: `/threatmodel start Payments API @alice @bob`.");
        }
        if (UNESCAPED.matcher(remaining).find()) {
            return new Invalid("I couldn't read the mentions — pick people from Slack's @ menu so they turn blue.");
        }
        return new Start(system, List.copyOf(engineers), lead, jira, deadline);
    }
}
