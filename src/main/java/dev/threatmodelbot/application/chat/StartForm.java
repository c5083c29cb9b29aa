package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The start form's fields as a surface read them (people already as the surface's user ids) and the rules every
 * surface applies: a named system, at least one engineer, a lead, a Jira key's shape, a deadline not in the past, a
 * doc of reasonable size. A form that passes is recorded as a start; one that does not names each field to fix.
 */
public record StartForm(String system, List<String> engineers, String lead, String doc, String jira, String deadline) {
    public static final int MAX_DOC_CHARS = 200_000;
    public static final int MAX_SYSTEM_CHARS = 150;

    public StartForm {
        system = system == null ? "" : system.strip();
        engineers = engineers.stream().filter(e -> e != null && !e.isBlank()).distinct().toList();
        lead = lead == null ? "" : lead.strip();
        doc = doc == null ? "" : doc.strip();
        jira = jira == null ? "" : jira.strip().toUpperCase(Locale.ROOT);
        deadline = deadline == null ? "" : deadline.strip();
    }

    /** What a surface shows after a submit: the session started, or what to fix, field by field. */
    public record Outcome(Optional<SessionId> started, Map<String, String> errors) {}

    /** Field name → what to fix; empty when the form can be recorded. {@code bot} is the bot's own user id. */
    public Map<String, String> problems(Optional<String> bot, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (system.isEmpty() || system.length() > MAX_SYSTEM_CHARS) {
            errors.put("system", "Name the system (at most " + MAX_SYSTEM_CHARS + " characters).");
        }
        if (engineers.isEmpty()) {
            errors.put("engineers", "Pick at least one engineer to interview.");
        } else if (bot.isPresent() && engineers.contains(bot.get())) {
            errors.put("engineers", "I can't interview myself — pick the people who build the system.");
        }
        if (lead.isEmpty() || bot.filter(lead::equals).isPresent()) {
            errors.put("lead", "Pick the security lead who will approve threats.");
        }
        if (!jira.isEmpty() && !Command.JIRA_KEY.matcher(jira).matches()) {
            errors.put("jira", "A Jira project key looks like SEC or APPSEC.");
        }
        if (!deadline.isEmpty()) {
            Optional<LocalDate> date = date();
            if (date.isEmpty()) {
                errors.put("deadline", "Write the deadline as 2026-12-31.");
            } else if (date.get().isBefore(today)) {
                errors.put("deadline", "The deadline is in the past.");
            }
        }
        if (doc.length() > MAX_DOC_CHARS) {
            errors.put("doc", "The design doc is over " + MAX_DOC_CHARS + " characters: share it as a file in the "
                    + "thread instead.");
        }
        return errors;
    }

    /** Records the start when the form passes; {@code key} names this one submit, so a retry starts nothing twice. */
    public Outcome submit(Intake intake, Clock clock, String key, ConversationAddress channel, String requester,
            Optional<String> bot) {
        return submit(intake, clock, key, channel, requester, bot, List.of());
    }

    /** {@code files}: attached to the form, fetched and read when the session opens. */
    public Outcome submit(Intake intake, Clock clock, String key, ConversationAddress channel, String requester,
            Optional<String> bot, List<dev.threatmodelbot.application.port.SharedFile> files) {
        Map<String, String> errors = problems(bot, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        SessionId id = intake.newSessionId();
        intake.accept(new StartRequested(key, id, channel, requester, system, engineers, lead, doc,
                jira.isEmpty() ? Optional.empty() : Optional.of(jira), date(), clock.instant(), files));
        return new Outcome(Optional.of(id), Map.of());
    }

    private Optional<LocalDate> date() {
        try {
            return deadline.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(deadline));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
