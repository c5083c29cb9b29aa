package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Through Slack: one question per part, covering its open topics, goes to the engineer who owns the
 * part; a vague answer gets one concrete follow-up; when nothing worth asking is left the interview
 * ends below the judge's 70% (not enough) and the summary back lists what nobody knew as assumptions.
 */
class OwnersAndFollowUpsTest {

    @Test
    void should_route_parts_to_owners_follow_up_a_vague_answer_and_finish_with_assumptions() {
        // a colleague's next question waits for an allowed morning: run as if on one, whatever the hour
        try (Harness h = Harness.startOnAWorkdayMorning(Map.of("QUESTIONS_PER_DAY", "100"))) {
            h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0OWNERS1", "Orders", List.of(ALICE, BOB), LEAD,
                    "## Storage\nThe Orders service writes every order to Amazon DynamoDB.\n"));
            Eventually.until("ownership asked", () -> h.sessions().size() == 1 && h.onlySession().questions().stream()
                    .filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2);
            String thread = h.onlySession().kickoffId().orElseThrow();
            h.user.reply(ALICE, thread, "I look after Amazon DynamoDB.");
            h.user.reply(BOB, thread, "I run the Orders service.");

            boolean vagueSent = false;
            for (int i = 0; i < 120 && h.onlySession().state() == SessionState.INTERVIEWING; i++) {
                Eventually.until("someone has a posted question", () -> h.onlySession().state() != SessionState.INTERVIEWING
                        || h.onlySession().questions().stream().anyMatch(q -> q.isOpen() && q.messageId().isPresent()));
                Optional<Question> open = h.onlySession().questions().stream()
                        .filter(q -> q.isOpen() && q.messageId().isPresent()).findFirst();
                if (open.isEmpty()) {
                    break;
                }
                Question q = open.get();
                String reply = "not sure";
                if (q.bankId().startsWith("gap:amazon-dynamodb:AUTHENTICATION|") && !vagueSent) {
                    reply = "It's fine, nothing to worry about there.";
                    vagueSent = true;
                } else if (!q.bankId().contains(":")) {
                    reply = "skip";
                }
                h.user.reply(q.askedTo(), thread, reply);
                Eventually.until("reply applied", () -> h.onlySession().question(q.id()).map(x -> !x.isOpen())
                        .orElse(true));
            }

            List<Question> all = h.onlySession().questions();
            assertThat(all).filteredOn(q -> q.bankId().startsWith("gap:amazon-dynamodb:")).hasSize(1)
                    .extracting(Question::askedTo).containsOnly(ALICE);
            assertThat(all).filteredOn(q -> q.bankId().startsWith("gap:orders-service:")).hasSize(1)
                    .extracting(Question::askedTo).containsOnly(BOB);
            assertThat(vagueSent).isTrue();
            assertThat(all).anySatisfy(q -> {
                assertThat(q.bankId()).isEqualTo("followup:amazon-dynamodb:AUTHENTICATION");
                assertThat(q.askedTo()).isEqualTo(ALICE);
            });
            assertThat(h.onlySession().state()).isEqualTo(SessionState.GATHERED);
            assertThat(Judge.of(h.onlySession()).enough()).isFalse();
            Eventually.until("summary back", () -> h.slack.threadPosts(thread).stream().anyMatch(p ->
                    p.get("text").startsWith("*Here is what I understood about Orders*")
                            && p.get("text").contains("Amazon DynamoDB — how callers prove who they are: asked, no answer")));
            Eventually.until("diagram uploaded", () -> !h.slack.calls("files.completeUploadExternal").isEmpty());
        }
    }
}
