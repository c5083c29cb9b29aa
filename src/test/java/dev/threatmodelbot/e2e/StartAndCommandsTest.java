package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackUser;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /threatmodel} subcommands and the start modal, through the real server. */
class StartAndCommandsTest {
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void should_open_the_modal_and_start_from_its_submission() {
        HttpResponse<String> ack = h.user.command(LEAD, "start");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(h.slack.calls("views.open")).hasSize(1);
        assertThat(h.slack.calls("views.open").get(0).get("view")).contains("threatmodel-start")
                .contains("C0THREATS1").contains("multi_users_select");

        HttpResponse<String> submitted = h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0MODAL001",
                "Orders Service", List.of(ALICE, BOB), LEAD, "Orders talks to Postgres over TLS."));
        assertThat(submitted.statusCode()).isEqualTo(200);

        Eventually.until("kickoff posted", () -> h.sessions().size() == 1 && h.onlySession().kickoffId().isPresent());
        Session s = h.onlySession();
        assertThat(s.system()).isEqualTo("Orders Service");
        assertThat(s.engineers()).containsExactly(ALICE, BOB);
        assertThat(s.designDoc()).contains("Postgres");
        assertThat(h.slack.rootPosts().get(0).get("blocks")).contains("Orders Service");
    }

    @Test
    void should_reject_an_invalid_modal_submission_with_field_errors_and_start_nothing() {
        HttpResponse<String> submitted = h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0MODAL002", " ",
                List.of(), LEAD, ""));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"response_action\":\"errors\"").contains("system").contains("engineers");
        assertThat(h.sessions()).isEmpty();
    }

    @Test
    void should_answer_help_status_and_unknown_input_ephemerally() throws Exception {
        assertThat(SlackUser.ackText(h.user.command(LEAD, "help"))).contains("/threatmodel start");
        assertThat(SlackUser.ackText(h.user.command(LEAD, "frobnicate"))).contains("I don't know `frobnicate`")
                .contains("/threatmodel start");
        assertThat(SlackUser.ackText(h.user.command(LEAD, "status"))).contains("No threat-model interviews");
        assertThat(SlackUser.ackText(h.user.command(LEAD, "start Payments @alice"))).contains("@ menu");

        InterviewFlowTest.startInline(h);
        String id = h.onlySession().id().value();
        assertThat(SlackUser.ackText(h.user.command(BOB, "status"))).contains(id).contains("Payments API");
        assertThat(SlackUser.ackText(h.user.command(BOB, "status " + id.toLowerCase()))).contains("Waiting for")
                .contains("<@" + ALICE + ">");
        com.fasterxml.jackson.databind.JsonNode blocks = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(h.user.command(BOB, "status " + id).body()).path("blocks");
        assertThat(blocks.isArray() && blocks.size() >= 3).as("the status laid out as blocks: %s", blocks).isTrue();
        assertThat(blocks.toString()).contains("Waiting for").contains("Context gathered").contains("<@" + ALICE + ">");
        assertThat(SlackUser.ackText(h.user.command(BOB, "status TM-ZZZZ"))).contains("don't know a session");
        assertThat(SlackUser.ackText(h.user.sendCommandIn("C0ELSEWHERE", BOB, "status " + id)))
                .contains("another channel").doesNotContain("Waiting for");
    }

    @Test
    void should_let_only_the_requester_or_lead_cancel() {
        InterviewFlowTest.startInline(h);
        String id = h.onlySession().id().value();

        assertThat(SlackUser.ackText(h.user.command(ALICE, "cancel " + id))).contains("Only");
        assertThat(h.onlySession().state()).isEqualTo(SessionState.INTERVIEWING);

        assertThat(SlackUser.ackText(h.user.command(LEAD, "cancel " + id))).contains("Cancelling");
        Eventually.until("cancelled, said in thread and kickoff updated", () ->
                h.onlySession().state() == SessionState.CANCELLED
                        && h.slack.threadPosts(h.onlySession().kickoffId().orElseThrow()).stream()
                                .anyMatch(p -> p.get("text").contains("cancelled this session"))
                        && h.slack.calls("chat.update").stream().anyMatch(u -> u.get("blocks").contains("Cancelled")));
        assertThat(h.onlySession().questions()).noneMatch(q -> q.isOpen());
        long ttl = h.redis().pttl(h.prefix + "session:" + id);
        assertThat(ttl).as("a closed session expires after RETENTION").isPositive();
    }
}
