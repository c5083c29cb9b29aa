package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reminders after REMINDER_AFTER, then the lead is told after MAX_REMINDERS; the budget caps questions per day. */
class RemindersTest {

    @Test
    void should_remind_then_escalate_to_the_lead() {
        try (Harness h = Harness.start(Map.of("REMINDER_AFTER", "PT1S", "MAX_REMINDERS", "1",
                "REMINDER_DAYS", "MON-SUN"))) {
            String thread = InterviewFlowTest.startInline(h);

            Eventually.until("a reminder and then an escalation for alice", Duration.ofSeconds(20), () ->
                    h.slack.threadPosts(thread).stream().anyMatch(p -> p.get("text").startsWith("<@" + LEAD + "> <@"
                            + ALICE + ">")));
            List<String> texts = h.slack.threadPosts(thread).stream().map(p -> p.get("text")).toList();
            int reminder = indexOf(texts, "<@" + ALICE + "> a gentle nudge");
            int escalation = indexOf(texts, "<@" + LEAD + "> <@" + ALICE + "> hasn't answered");
            assertThat(reminder).isNotNegative();
            assertThat(escalation).isGreaterThan(reminder);
            assertThat(texts.stream().filter(t -> t.startsWith("<@" + ALICE + "> a gentle nudge"))).hasSize(1);
            assertThat(h.onlySession().openQuestionFor(ALICE).orElseThrow().escalated()).isTrue();
        }
    }

    @Test
    void should_send_each_reminder_once_with_two_replicas() {
        try (Harness first = Harness.start(Map.of("REMINDER_AFTER", "PT1S", "MAX_REMINDERS", "2",
                "REMINDER_DAYS", "MON-SUN")); Harness second = first.replicaWith(Map.of("REMINDER_AFTER", "PT1S",
                "MAX_REMINDERS", "2", "REMINDER_DAYS", "MON-SUN"))) {
            String thread = InterviewFlowTest.startInline(first);

            Eventually.until("both reminders and the escalation", Duration.ofSeconds(20), () ->
                    first.slack.threadPosts(thread).stream().anyMatch(p -> p.get("text").startsWith("<@" + LEAD
                            + "> <@" + ALICE + ">")));
            List<String> texts = first.slack.threadPosts(thread).stream().map(p -> p.get("text")).toList();
            assertThat(texts.stream().filter(t -> t.startsWith("<@" + ALICE + "> a gentle nudge"))).hasSize(2);
            assertThat(texts.stream().filter(t -> t.startsWith("<@" + LEAD + "> <@" + ALICE + ">"))).hasSize(1);
        }
    }

    @Test
    void should_stop_asking_an_engineer_once_the_daily_budget_is_spent() {
        try (Harness h = Harness.start(Map.of("QUESTIONS_PER_DAY", "2"))) {
            String thread = InterviewFlowTest.startInline(h);
            h.user.reply(ALICE, thread, "Checkout.");
            Eventually.until("second question", () -> h.onlySession().answers().size() == 1
                    && h.onlySession().openQuestionFor(ALICE).flatMap(q -> q.messageId()).isPresent());
            h.user.reply(ALICE, thread, "Customers over the internet.");
            Eventually.until("second answer", () -> h.onlySession().answers().size() == 2);

            assertThat(h.onlySession().openQuestionFor(ALICE)).isEmpty();
            assertThat(h.redis().zcard(h.prefix + "jobs")).as("tomorrow's question is scheduled").isPositive();
            assertThat(h.redis().zrange(h.prefix + "jobs", 0, -1)).anyMatch(j -> j.contains("NEXT_QUESTION")
                    && j.contains(ALICE));
        }
    }

    private static int indexOf(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
