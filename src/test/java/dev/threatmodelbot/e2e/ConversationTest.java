package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through Slack: a reply about something other than its author's open question is kept as
 * volunteered information — what it says is learned and the disagreements it raises are put in the
 * thread — while the question stays open and is asked again; a part named by role ("the orders
 * database") is the same part in the doc and in every answer; doc sections are cited as the doc
 * numbers them.
 */
class ConversationTest {
    static final String DOC = """
            # Orders platform — design

            ## 1. Overview
            Customers use a single-page web app that calls the API Gateway over HTTPS. The gateway validates
            JWTs issued by our identity service and forwards requests to the Orders Service.

            ## 2. Components
            - API Gateway (Kong) in the DMZ
            - Orders Service (Java, Kubernetes)
            - Orders database: Amazon RDS PostgreSQL holding customer names, addresses and order history (PII)
            - Stripe API for payments (third party)

            ## 3. Security
            ### 3.1 Edge
            TLS 1.2+ terminates at the load balancer in front of the gateway.
            ### 3.2 Service-to-service
            All traffic between the API Gateway and the Orders Service uses mutual TLS (mTLS).
            ### 3.3 Data at rest
            The orders database is encrypted at rest with AWS KMS.
            """;
    static final String PERMALINK = "https://acme.slack.com/archives/C0THREATS1/p";

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
    void should_keep_a_reply_about_another_part_as_volunteered_and_raise_the_engineers_disagreement() {
        // given alice disagrees with the doc on service-to-service traffic, bob on the orders database
        String thread = h.startFromForm(LEAD, "Orders platform", List.of(ALICE, BOB), DOC);
        h.user.reply(ALICE, thread, "I own the API Gateway. Traffic between the gateway and the Orders Service is "
                + "plain HTTP inside the VPC.");
        Question transit = posted(ALICE, q -> q.topic().equals("Which is accurate?"));
        assertThat(post(thread, "doc vs alice on transit",
                t -> t.contains("don't agree") && t.startsWith("<@" + ALICE + ">")))
                .contains("The design doc (§3.2 Service-to-service) says")
                .contains("uses mutual TLS (mTLS)").contains("plain HTTP inside the VPC");

        String bobSaid = h.user.reply(BOB, thread,
                "I look after the orders database. It is not encrypted at rest; we never turned KMS on");
        Question atRest = posted(BOB, q -> q.topic().equals("Which is accurate?"));
        String docVsBob = post(thread, "doc vs bob on the orders database",
                t -> t.contains("don't agree") && t.startsWith("<@" + BOB + ">"));
        assertThat(docVsBob).contains("*Orders database — encryption of stored data*")
                .contains("The design doc (§3.3 Data at rest) says")
                .contains("The orders database is encrypted at rest with AWS KMS.")
                .contains("_\"I look after the orders database. It is not encrypted at rest; we never turned KMS on\"_")
                .contains(PERMALINK + bobSaid.replace(".", ""))
                .doesNotContain("<@" + ALICE + ">");

        // when alice, still asked about transit, says something about the orders database instead
        String aliceSaid = h.user.reply(ALICE, thread,
                "The orders database is definitely encrypted at rest with KMS, I set it up");

        // then her words are kept and learned, and her question stays open and is asked again
        String again = post(thread, "alice's question asked again",
                t -> t.startsWith("Thanks <@" + ALICE + "> — I've kept that."));
        assertThat(again).contains("<" + PERMALINK + transit.messageId().orElseThrow().replace(".", ""))
                .contains("|My question> to you about *Orders Service — encryption in transit* is still open: "
                        + "which is accurate?")
                .doesNotContain("I'll ask you about that next"); // her disagreement joins bob's question
        assertThat(h.onlySession().openQuestionFor(ALICE)).map(Question::id).contains(transit.id());
        assertThat(h.onlySession().answers()).anyMatch(a -> a.messageId().equals(aliceSaid));
        assertThat(atRest()).anyMatch(f -> f.source().reference().equals(aliceSaid) && f.value().equals("kms"));
        // and alice's disagreement with bob is put to both of them, quoting each with a link
        String aliceVsBob = post(thread, "alice vs bob on the orders database",
                t -> t.contains("There's more disagreement about"));
        assertThat(aliceVsBob).startsWith("<@" + BOB + "> <@" + ALICE + ">")
                .contains("*Orders database — encryption of stored data*")
                .contains("The design doc (§3.3 Data at rest) says")
                .contains("<@" + ALICE + "> <" + PERMALINK + aliceSaid.replace(".", ""))
                .contains("_\"The orders database is definitely encrypted at rest with KMS, I set it up\"_")
                .contains("<@" + BOB + "> <" + PERMALINK + bobSaid.replace(".", ""))
                .contains("_\"I look after the orders database. It is not encrypted at rest; we never turned KMS on\"_")
                .contains("this adds to <" + PERMALINK + atRest.messageId().orElseThrow().replace(".", ""))
                .contains("<@" + BOB + ">, which is accurate?");
        assertThat(h.onlySession().questions()).filteredOn(q -> q.topic().equals("Which is accurate?"))
                .extracting(Question::id).containsExactlyInAnyOrder(transit.id(), atRest.id());
        assertThat(h.slack.threadPosts(thread)).extracting(p -> p.get("text"))
                .noneMatch(t -> t.contains("Noted — I'll keep"))
                .noneMatch(t -> t.matches("(?s).*§(\\d+(\\.\\d+)*) \\1 .*"));

        // when bob settles it for the doc, alice's words win with it
        h.user.reply(BOB, thread, "1");
        Eventually.until("settled for the doc and alice", () -> atRest().stream()
                .filter(f -> f.value().equals("none")).allMatch(f -> f.status() == FactStatus.SUPERSEDED));
        assertThat(atRest()).filteredOn(f -> !f.value().equals("none")).extracting(Fact::status)
                .containsOnly(FactStatus.CONFIRMED);
        assertThat(h.onlySession().question(atRest.id()).map(Question::isOpen)).contains(false);

        // and alice's transit question is still hers to answer
        h.user.reply(ALICE, thread, "2");
        Eventually.until("transit settled for alice", () -> h.onlySession().context()
                .factsAbout("orders-service", Property.TRANSPORT).stream()
                .anyMatch(f -> f.value().equals("plain") && f.status() == FactStatus.CONFIRMED));
    }

    List<Fact> atRest() {
        // "the orders database" is the part the doc's list names "Orders database: Amazon RDS PostgreSQL"
        return h.onlySession().context().factsAbout("orders-database", Property.ENCRYPTION_AT_REST);
    }

    Question posted(String engineer, Predicate<Question> which) {
        Eventually.until("a question posted to " + engineer, () -> h.onlySession().openQuestionFor(engineer)
                .filter(which).flatMap(Question::messageId).isPresent());
        return h.onlySession().openQuestionFor(engineer).orElseThrow();
    }

    String post(String thread, String what, Predicate<String> which) {
        Eventually.until(what + " posted in the thread", () -> find(thread, which).isPresent());
        return find(thread, which).orElseThrow();
    }

    Optional<String> find(String thread, Predicate<String> which) {
        return h.slack.threadPosts(thread).stream().map((Map<String, String> p) -> p.get("text")).filter(which)
                .findFirst();
    }
}
