package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When nothing is left to ask, the summary and the data-flow picture are posted in the thread. */
class SummaryBackTest {

    @Test
    void should_post_the_summary_and_upload_the_diagram_when_the_interview_is_complete() {
        try (Harness h = Harness.start(Map.of("QUESTIONS_PER_DAY", "100"))) {
            h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0SUMMARY1", "Orders", List.of(ALICE), LEAD,
                    "## Architecture\nThe API Gateway calls the Orders service over mTLS.\n"
                            + "The Orders service writes to DynamoDB.\n"));
            Eventually.until("kickoff", () -> h.sessions().size() == 1 && h.onlySession().kickoffId().isPresent());
            String thread = h.onlySession().kickoffId().orElseThrow();

            for (int i = 0; i < 60 && h.onlySession().state() == SessionState.INTERVIEWING; i++) {
                Eventually.until("alice's next question posted", () -> h.onlySession().state() != SessionState.INTERVIEWING
                        || h.onlySession().openQuestionFor(ALICE).flatMap(Question::messageId).isPresent());
                Optional<Question> open = h.onlySession().openQuestionFor(ALICE);
                if (open.isPresent()) {
                    h.user.reply(ALICE, thread, "skip");
                    Eventually.until("skip applied", () -> !h.onlySession().openQuestionFor(ALICE).map(Question::id)
                            .equals(open.map(Question::id)));
                }
            }

            assertThat(h.onlySession().state()).isEqualTo(SessionState.GATHERED);
            Eventually.until("diagram uploaded", Duration.ofSeconds(20),
                    () -> !h.slack.calls("files.completeUploadExternal").isEmpty());
            assertThat(h.slack.threadPosts(thread)).anyMatch(p -> p.get("text").startsWith(
                    "*Here is what I understood about Orders*") && p.get("text").contains("API Gateway")
                    && p.get("text").contains("DynamoDB") && p.get("text").contains("mtls"));
            assertThat(h.slack.calls("files.getUploadURLExternal").get(0).get("filename")).endsWith(".png");
            byte[] png = h.slack.uploads().get(0);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            Map<String, String> complete = h.slack.calls("files.completeUploadExternal").get(0);
            assertThat(complete.get("thread_ts")).isEqualTo(thread);
            assertThat(complete.get("channel_id")).isEqualTo("C0THREATS1");
            assertThat(h.onlySession().outbox()).isEmpty();
        }
    }

    @Test
    void should_let_only_the_lead_wrap_up_with_draft() {
        try (Harness h = Harness.start()) {
            InterviewFlowTest.startInline(h);
            String id = h.onlySession().id().value();

            assertThat(dev.threatmodelbot.support.SlackUser.ackText(h.user.command(ALICE, "draft " + id)))
                    .contains("Only the security lead");
            assertThat(dev.threatmodelbot.support.SlackUser.ackText(h.user.command(LEAD, "draft " + id)))
                    .contains("Wrapping up");

            Eventually.until("summary and diagram posted", () -> h.onlySession().state() == SessionState.GATHERED
                    && h.onlySession().outbox().isEmpty() && !h.slack.calls("files.completeUploadExternal").isEmpty());
            assertThat(h.slack.threadPosts(h.onlySession().kickoffId().orElseThrow()))
                    .anyMatch(p -> p.get("text").contains("asked me to wrap up"));
        }
    }
}
