package dev.threatmodelbot.application;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * How hard the interview pushes: reminder delay, reminders before the lead is told, questions per
 * engineer per day, the days on which the bot nudges people (UTC calendar), and the most questions
 * one engineer is ever asked in a session (disagreements included).
 */
public record Pacing(Duration reminderAfter, int maxReminders, int questionsPerDay, Set<DayOfWeek> days,
        int maxQuestionsPerEngineer) {
    /** When a new day's questions go out. */
    static final LocalTime MORNING = LocalTime.of(9, 0);

    /** {@code MAX_QUESTIONS_PER_ENGINEER} when unset. */
    public static final int DEFAULT_MAX_QUESTIONS_PER_ENGINEER = 15;

    public Pacing {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one reminder day is needed");
        }
        if (maxQuestionsPerEngineer < 1) {
            throw new IllegalArgumentException("an engineer must be allowed at least one question");
        }
    }

    public Pacing(Duration reminderAfter, int maxReminders, int questionsPerDay, Set<DayOfWeek> days) {
        this(reminderAfter, maxReminders, questionsPerDay, days, DEFAULT_MAX_QUESTIONS_PER_ENGINEER);
    }

    /** The first moment at or after {@code t} that falls on an allowed day (same time of day). */
    public Instant onAllowedDay(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        while (!days.contains(at.getDayOfWeek())) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }

    /** Whether {@code t} is an allowed day after the morning start: a time to ping someone unprompted. */
    public boolean sociable(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        return days.contains(at.getDayOfWeek()) && !at.toLocalTime().isBefore(MORNING);
    }

    public Instant reminderDue(Instant askedOrReminded) {
        return onAllowedDay(askedOrReminded.plus(reminderAfter));
    }

    /** The first sociable moment at or after {@code now}. */
    public Instant nextSociable(Instant now) {
        if (sociable(now)) {
            return now;
        }
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        if (days.contains(at.getDayOfWeek()) && at.toLocalTime().isBefore(MORNING)) {
            return at.toLocalDate().atTime(MORNING).atZone(ZoneOffset.UTC).toInstant();
        }
        return nextMorning(now);
    }

    /** The next morning (on an allowed day) after {@code now}: when a spent daily budget refills. */
    public Instant nextMorning(Instant now) {
        ZonedDateTime next = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(MORNING)
                .atZone(ZoneOffset.UTC);
        return onAllowedDay(next.toInstant());
    }
}
