package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeTeams;
import dev.threatmodelbot.support.TeamsHarness;
import dev.threatmodelbot.support.TeamsUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interview in a Teams channel thread, through the real server: signed activities in, a fake Bot Connector out. */
class TeamsInterviewTest {
    static final TeamsUser.Person ALICE = TeamsUser.ALICE;
    static final TeamsUser.Person BOB = TeamsUser.BOB;
    static final TeamsUser.Person CAROL = TeamsUser.CAROL;

    TeamsHarness h;

    @BeforeEach
    void start() {
        h = TeamsHarness.start(Map.of());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Carol's command in the channel; returns the kickoff's id once both engineers' first questions are posted. */
    static String startByCommand(TeamsHarness h) {
        h.user.command(CAROL, "start Payments API " + ALICE.at() + " " + BOB.at() + " lead:" + CAROL.at(), ALICE, BOB,
                CAROL);
        Eventually.until("kickoff and first questions", () -> h.sessions().size() == 1
                && h.onlySession().kickoffId().isPresent()
                && h.onlySession().questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2);
        return h.onlySession().kickoffId().orElseThrow();
    }

    private List<FakeTeams.Call> inThread(String root) {
        return h.teams.calls().stream().filter(c -> c.method().equals("POST")
                && c.path().equals("/v3/conversations/" + FakeTeams.CHANNEL + ";messageid=" + root + "/activities")).toList();
    }

    @Test
    void starts_by_command_posts_the_kickoff_card_as_a_new_thread_and_asks_each_engineer_there_by_mention() {
        String kickoff = startByCommand(h);
        Session s = h.onlySession();
        assertThat(s.engineers()).containsExactly(ALICE.id(), BOB.id());
        assertThat(s.lead()).isEqualTo(CAROL.id());

        FakeTeams.Call root = h.teams.calls().stream().filter(c -> c.path().equals("/v3/conversations")).findFirst()
                .orElseThrow();
        assertThat(root.authorization()).isEqualTo("Bearer " + FakeTeams.BOT_TOKEN);
        assertThat(root.body().path("channelData").path("channel").path("id").asText()).isEqualTo(FakeTeams.CHANNEL);
        JsonNode card = root.body().path("activity").path("attachments").path(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.toString()).contains("Payments API").contains("<at>Carol Lead</at>").contains(CAROL.id());

        List<FakeTeams.Call> questions = inThread(kickoff);
        assertThat(questions).anySatisfy(q -> {
            assertThat(q.body().path("text").asText()).startsWith("<at>Alice Example</at>");
            assertThat(q.body().path("entities").toString()).contains(ALICE.id());
        });
        assertThat(questions).anySatisfy(q -> assertThat(q.body().path("text").asText()).startsWith("<at>Bob Example</at>"));
        assertThat(questions).allSatisfy(q -> assertThat(q.body().toString()).doesNotContain("/threatmodel"));
    }

    @Test
    void records_two_engineers_answers_once_each_and_asks_their_next_questions() {
        String kickoff = startByCommand(h);
        int before = inThread(kickoff).size();

        h.user.reply(ALICE, kickoff, "I own the checkout API and the orders database.");
        var bob = h.user.base("message", FakeTeams.nextId(), BOB, FakeTeams.CHANNEL + ";messageid=" + kickoff)
                .put("text", "The nightly export job and the admin console are mine.");
        assertThat(h.user.send(bob).statusCode()).isEqualTo(202);
        assertThat(h.user.send(bob).statusCode()).as("Teams sends it again").isEqualTo(202);

        Eventually.until("both answers recorded and next questions asked", () -> {
            Session s = h.onlySession();
            return s.answers().size() == 2 && s.openQuestionFor(ALICE.id()).flatMap(q -> q.messageId()).isPresent()
                    && s.openQuestionFor(BOB.id()).flatMap(q -> q.messageId()).isPresent()
                    && inThread(kickoff).size() >= before + 2;
        });
        Session s = h.onlySession();
        assertThat(s.answers()).extracting(Answer::author).containsExactlyInAnyOrder(ALICE.id(), BOB.id());
        assertThat(s.answers()).extracting(Answer::text).contains("I own the checkout API and the orders database.");
        assertThat(inThread(kickoff)).as("one next question each, nothing for the redelivery").hasSize(before + 2);
        assertThat(h.teams.calls()).as("kickoff updated in place").anyMatch(c -> c.method().equals("PUT")
                && c.path().endsWith("/activities/" + kickoff));
    }

    @Test
    void starts_from_the_form_with_people_picked_from_the_directory() {
        String root = h.user.command(CAROL, "start Payments API");
        Eventually.until("form posted", () -> inThread(root).stream()
                .anyMatch(c -> c.body().toString().contains("\"verb\":\"start\"")));
        String form = inThread(root).get(0).body().toString();
        assertThat(form).contains("graph.microsoft.com/users").contains("\"value\":\"Payments API\"");

        var wrong = FakeTeams.object().put("system", "Payments API").put("engineers", "").put("lead", CAROL.aad())
                .put("jira", "not a key");
        String refused = h.user.submitForm(CAROL, root, "1", wrong).body();
        assertThat(refused).contains("Please fix").contains("engineers").contains("jira");
        assertThat(h.sessions()).isEmpty();

        var fields = FakeTeams.object().put("system", "Payments API").put("engineers", ALICE.aad() + "," + BOB.aad())
                .put("lead", CAROL.aad()).put("doc", "## Overview\nThe Payments API stores card tokens in Redis.")
                .put("jira", "sec").put("deadline", "2099-12-31");
        assertThat(h.user.submitForm(CAROL, root, "1", fields).body()).contains("Starting `TM-");
        Eventually.until("kickoff and first questions", () -> h.sessions().size() == 1
                && h.onlySession().questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2);
        Session s = h.onlySession();
        assertThat(s.engineers()).containsExactly(ALICE.id(), BOB.id());
        assertThat(s.lead()).isEqualTo(CAROL.id());
        assertThat(s.jiraProject()).hasValue("SEC");
        assertThat(s.requester()).isEqualTo(CAROL.id());
    }

    @Test
    void starts_from_the_start_action_dialog() throws Exception {
        String dialog = h.user.startAction(CAROL, null).body();
        assertThat(dialog).contains("\"type\":\"continue\"").contains("Action.Submit").contains("graph.microsoft.com/users");
        var fields = FakeTeams.object().put("system", "Ledger").put("engineers", BOB.aad()).put("lead", CAROL.aad())
                .put("doc", "").put("jira", "").put("deadline", "");
        assertThat(h.user.startAction(CAROL, fields).body()).contains("\"type\":\"message\"").contains("Starting `TM-");
        Eventually.until("kickoff and first question", () -> h.sessions().size() == 1
                && h.onlySession().openQuestionFor(BOB.id()).flatMap(q -> q.messageId()).isPresent());
        assertThat(h.onlySession().system()).isEqualTo("Ledger");
    }

    @Test
    void a_closed_question_is_answered_with_its_card_button() {
        h.close();
        h = TeamsHarness.start(Map.of("QUESTIONS_PER_DAY", "100"));
        String root = h.user.command(CAROL, "start Orders");
        Eventually.until("form posted", () -> !inThread(root).isEmpty());
        h.user.submitForm(CAROL, root, "1", FakeTeams.object().put("system", "Orders").put("engineers", ALICE.aad())
                .put("lead", CAROL.aad()).put("doc", "## Architecture\nThe API Gateway calls the Orders service.\n"
                        + "## Payments\nCard payments are handled by Stripe.\n## Refunds\nRefunds also go through Stripe.\n"));
        Eventually.until("kickoff", () -> h.sessions().size() == 1 && h.onlySession().kickoffId().isPresent());
        String kickoff = h.onlySession().kickoffId().orElseThrow();
        dev.threatmodelbot.domain.Question closed = null;
        for (int i = 0; i < 60 && closed == null; i++) {
            Eventually.until("next question posted", () -> h.onlySession().openQuestionFor(ALICE.id())
                    .flatMap(dev.threatmodelbot.domain.Question::messageId).isPresent());
            var open = h.onlySession().openQuestionFor(ALICE.id()).orElseThrow();
            if (open.bankId().endsWith(":EXPOSURE")) {
                closed = open;
            } else {
                h.user.reply(ALICE, kickoff, "skip");
                Eventually.until("skip applied", () -> !h.onlySession().openQuestionFor(ALICE.id())
                        .map(dev.threatmodelbot.domain.Question::id).equals(java.util.Optional.of(open.id())));
            }
        }
        assertThat(closed).as("a closed question is asked").isNotNull();
        String message = closed.messageId().orElseThrow();
        String questionId = closed.id();
        FakeTeams.Call posted = h.teams.calls().stream().filter(c -> c.body().toString().contains("\"verb\":\"answer\"")
                && c.body().toString().contains(questionId)).reduce((a, b) -> b).orElseThrow();
        assertThat(posted.body().toString()).contains("From the internet");
        var press = h.user.press(ALICE, kickoff, message, "answer", FakeTeams.object()
                .put("session", h.onlySession().id().value()).put("question", questionId).put("pick", 0));
        assertThat(press.statusCode()).isEqualTo(200);
        Eventually.until("the pick answered the question", () -> h.onlySession().question(questionId).orElseThrow()
                .status() == dev.threatmodelbot.domain.QuestionStatus.ANSWERED);
    }
}
