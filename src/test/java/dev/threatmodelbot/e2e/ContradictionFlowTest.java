package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disagreements found by the offline engine, raised and settled in the Slack thread. */
class ContradictionFlowTest {
    static final String FLOW = "api-gateway->orders-service";
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    String startWithDoc(String doc) {
        return h.startFromForm(LEAD, "Orders", List.of(ALICE, BOB), doc);
    }

    List<Fact> transport() {
        return h.onlySession().context().factsAbout(FLOW, Property.TRANSPORT);
    }

    Map<String, String> contradiction(String thread) {
        return h.slack.threadPosts(thread).stream().filter(p -> p.get("text").contains("don't agree"))
                .findFirst().orElseThrow();
    }

    @Test
    void should_quote_doc_and_answer_mention_the_engineer_and_let_the_reply_supersede() {
        String thread = startWithDoc("## Networking\nThe API Gateway calls the Orders service over mTLS.\n");
        assertThat(transport()).extracting(Fact::value).containsExactly("mtls");

        String said = h.user.reply(ALICE, thread,
                "I own the API Gateway. It talks to the Orders service over plain HTTP inside the VPC.");

        Eventually.until("the contradiction asked in the thread", () -> h.slack.threadPosts(thread).stream()
                .anyMatch(p -> p.get("text").contains("don't agree")));
        String text = contradiction(thread).get("text");
        assertThat(text).startsWith("<@" + ALICE + ">")
                .contains("The design doc (§1 Networking) says")
                .contains("over mTLS")
                .contains("plain HTTP inside the VPC")
                .contains("https://acme.slack.com/archives/C0THREATS1/p" + said.replace(".", ""));
        Eventually.until("the contradiction is alice's open question", () -> h.onlySession().openQuestionFor(ALICE)
                .map(q -> q.topic().equals("Which is accurate?") && q.messageId().isPresent()).orElse(false));

        h.user.reply(ALICE, thread, "2");

        Eventually.until("settled for the answer", () -> transport().stream()
                .anyMatch(f -> f.value().equals("plain") && f.status() == FactStatus.CONFIRMED));
        assertThat(transport()).filteredOn(f -> f.value().equals("mtls")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
        Eventually.until("acknowledged", () -> h.slack.threadPosts(thread).stream()
                .anyMatch(p -> p.get("text").startsWith("Thanks — noted")));
        Eventually.until("coverage on the kickoff", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> u.get("blocks").contains("Threat-model coverage") && u.get("blocks")
                        .contains("2 parts, 1 data flows")));
        String status = SlackUser.ackText(h.user.command(LEAD, "status " + h.onlySession().id()));
        assertThat(status).contains("Threat-model coverage").contains("Biggest gaps")
                .contains("how callers prove who they are");
    }

    @Test
    void should_put_two_engineers_disagreement_to_the_later_one_and_mention_the_other() {
        String thread = startWithDoc("");
        h.user.reply(ALICE, thread, "The API Gateway calls the Orders service over plain HTTP.");
        Eventually.until("alice's fact", () -> !transport().isEmpty());

        h.user.reply(BOB, thread, "The API Gateway calls the Orders service over mTLS, I set it up.");

        Eventually.until("the contradiction asked", () -> h.slack.threadPosts(thread).stream()
                .anyMatch(p -> p.get("text").contains("don't agree")));
        assertThat(contradiction(thread).get("text")).startsWith("<@" + BOB + "> <@" + ALICE + ">");
        Session s = h.onlySession();
        assertThat(s.questions()).anyMatch(q -> q.askedTo().equals(BOB) && q.topic().equals("Which is accurate?"));
    }
}
