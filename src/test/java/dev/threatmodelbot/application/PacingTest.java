package dev.threatmodelbot.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PacingTest {
    final Pacing weekdays = new Pacing(Duration.ofHours(24), 2, 5,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    @Test
    void should_move_a_reminder_due_on_a_weekend_to_monday() {
        Instant friday = Instant.parse("2026-11-20T15:00:00Z");

        assertThat(weekdays.reminderDue(friday)).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void should_refill_the_budget_next_working_morning() {
        assertThat(weekdays.nextMorning(Instant.parse("2026-11-18T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-19T09:00:00Z"));
        assertThat(weekdays.nextMorning(Instant.parse("2026-11-20T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    }
}
