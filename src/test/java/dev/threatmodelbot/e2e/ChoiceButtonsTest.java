package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A closed question carries answer buttons; pressing one answers it like a typed reply. A part with
 * one open point (an outside service: who can reach it) gets such a question; questions covering
 * several points of a part get none.
 */
class ChoiceButtonsTest {

    @Test
    void should_answer_a_closed_question_by_button_press() {
        try (Harness h = Harness.start(Map.of("QUESTIONS_PER_DAY", "100"))) {
            h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0BUTTONS1", "Orders", List.of(ALICE), LEAD,
                    "## Architecture\nThe API Gateway calls the Orders service.\n## Payments\nCard payments are "
                            + "handled by Stripe.\n## Refunds\nRefunds also go through Stripe.\n"));
            Eventually.until("kickoff", () -> h.sessions().size() == 1 && h.onlySession().kickoffId().isPresent());
            String thread = h.onlySession().kickoffId().orElseThrow();

            Optional<Question> closed = Optional.empty();
            for (int i = 0; i < 60 && closed.isEmpty() && h.onlySession().state() == SessionState.INTERVIEWING; i++) {
                Eventually.until("next question posted", () -> h.onlySession().openQuestionFor(ALICE)
                        .flatMap(Question::messageId).isPresent());
                Question open = h.onlySession().openQuestionFor(ALICE).orElseThrow();
                if (open.bankId().endsWith(":EXPOSURE")) {
                    closed = Optional.of(open);
                } else {
                    h.user.reply(ALICE, thread, "skip");
                    Eventually.until("skip applied", () -> !h.onlySession().openQuestionFor(ALICE).map(Question::id)
                            .equals(Optional.of(open.id())));
                }
            }
            Question q = closed.orElseThrow();
            Map<String, String> posted = h.slack.threadPosts(thread).stream()
                    .filter(p -> p.get("text").contains(q.text().substring(0, 20)))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(posted.get("blocks")).contains("\"type\":\"actions\"").contains("From the internet")
                    .contains(h.onlySession().id() + "|" + q.id() + "|0");

            String value = h.onlySession().id() + "|" + q.id() + "|0";
            assertThat(h.user.interaction(SlackPayloads.buttonPress(ALICE, thread, q.messageId().get(), "answer-0",
                    value)).statusCode()).isEqualTo(200);

            Eventually.until("the pick answered the question", () -> h.onlySession().question(q.id()).orElseThrow()
                    .status() == dev.threatmodelbot.domain.QuestionStatus.ANSWERED);
            String subject = q.bankId().substring("gap:".length(), q.bankId().lastIndexOf(':'));
            assertThat(h.onlySession().context().factsAbout(subject, Property.EXPOSURE))
                    .extracting(f -> f.value()).contains("public");
        }
    }
}
