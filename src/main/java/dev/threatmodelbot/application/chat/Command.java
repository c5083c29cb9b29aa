package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.port.ModelExporter;
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
 * The text after {@code /threatmodel} (or whatever a surface calls the command), read into one of the
 * subcommands. People are the core's mention tokens ({@code {@U123}}): each surface turns its own
 * mentions into them before the text gets here.
 */
public sealed interface Command {

    record Start(String system, List<String> engineers, Optional<String> lead, Optional<String> jira,
            Optional<LocalDate> deadline) implements Command {}

    record Status(Optional<SessionId> id) implements Command {}

    record Cancel(SessionId id) implements Command {}

    record Draft(SessionId id) implements Command {}

    record Export(SessionId id, Optional<String> format) implements Command {}

    record Help() implements Command {}

    /** Input that cannot be read; {@code problem} says why, in words for the person who typed it. */
    record Invalid(String problem) implements Command {}

    Pattern MENTION = Pattern.compile("\\{@([A-Za-z0-9_:.\\-]+)}");
    Pattern LEAD = Pattern.compile("lead:\\s*\\{@([A-Za-z0-9_:.\\-]+)}", Pattern.CASE_INSENSITIVE);
    Pattern JIRA = Pattern.compile("(?:^|\\s)jira:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    Pattern DEADLINE = Pattern.compile("(?:^|\\s)deadline:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    /** What a Jira project key looks like. */
    Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");
    /** An {@code @name} the surface could not turn into a person. */
    Pattern UNREAD = Pattern.compile("(?:^|\\s)(@[A-Za-z][\\w.\\-]*)");

    static Command parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] words = trimmed.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (verb) {
            case "start":
                return start(rest);
            case "status":
                return rest.isEmpty() ? new Status(Optional.empty()) : sessionId(rest).<Command>map(
                        id -> new Status(Optional.of(id))).orElse(notAnId(rest));
            case "cancel":
                return rest.isEmpty() ? which("cancel") : sessionId(rest).<Command>map(Cancel::new).orElse(notAnId(rest));
            case "draft":
                return rest.isEmpty() ? which("draft") : sessionId(rest).<Command>map(Draft::new).orElse(notAnId(rest));
            case "export": {
                if (rest.isEmpty()) {
                    return which("export");
                }
                String[] parts = rest.split("\\s+");
                Optional<String> format = parts.length > 1 ? Optional.of(parts[1]) : Optional.empty();
                if (format.isPresent() && !format.get().equalsIgnoreCase("jira")
                        && ModelExporter.Format.named(format.get()).isEmpty()) {
                    return new Invalid("I can export to `jira` or as `markdown`, `threagile`, `threagile-classic`, "
                            + "`otm` or `threat-composer`, not `" + inert(format.get()) + "`.");
                }
                return sessionId(rest).<Command>map(id -> new Export(id, format)).orElse(notAnId(rest));
            }
            case "help":
            case "":
                return new Help();
            default:
                return new Invalid("I don't know `" + inert(words[0]) + "`.");
        }
    }

    private static Invalid which(String verb) {
        return new Invalid("Which session? Try `/threatmodel " + verb + " TM-XXXX` (see `/threatmodel status`).");
    }

    private static Invalid notAnId(String typed) {
        return new Invalid("`" + inert(typed) + "` is not a session id.");
    }

    private static String inert(String typed) {
        return dev.threatmodelbot.domain.Mentions.inert(typed);
    }

    private static Optional<SessionId> sessionId(String typed) {
        return SessionId.parse(typed.split("\\s+")[0]);
    }

    private static Command start(String rest) {
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
                return new Invalid("`" + inert(jiraMatch.group(1)) + "` is not a Jira project key (like `SEC`).");
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
                return new Invalid("`" + inert(deadlineMatch.group(1)) + "` is not a date; write it as `2026-12-31`.");
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
        Matcher unread = UNREAD.matcher(system);
        if (unread.find()) {
            return new Invalid("I don't know who `" + inert(unread.group(1)) + "` is — pick people from the mention "
                    + "list so I can reach them.");
        }
        return new Start(system, List.copyOf(engineers), lead, jira, deadline);
    }
}
