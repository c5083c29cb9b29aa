package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interview through the real server: signed Slack requests in, a faked Slack Web API out, real Redis. */
class InterviewFlowTest {
    static final String ALICE = "U0ALICE001";
    static final String BOB = "U0BOB00001";
    static final String LEAD = "U0SECLEAD1";
    static final String DAVE = "U0DAVE0001";
    static final String OUTSIDER = "U0OUTSIDE1";

    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static String startInline(Harness h) {
        HttpResponse<String> ack = h.user.command(LEAD,
                "start Payments API <@" + ALICE + "|alice> <@" + BOB + "|bob> lead:<@" + LEAD + "|carol>");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Starting `TM-").contains("Payments API");
        Eventually.until("kickoff and first questions", () -> h.sessions().size() == 1
                && h.onlySession().kickoffId().isPresent()
                && h.onlySession().questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2);
        return h.onlySession().kickoffId().orElseThrow();
    }

    @Test
    void should_start_inline_post_kickoff_and_ask_each_engineer_in_the_thread() {
        String thread = startInline(h);

        List<Map<String, String>> roots = h.slack.rootPosts();
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).get("channel")).isEqualTo("C0THREATS1");
        assertThat(roots.get(0).get("blocks")).contains("Payments API").contains("<@" + ALICE + ">")
                .contains("<@" + LEAD + ">").contains("0%");
        List<Map<String, String>> inThread = h.slack.threadPosts(thread);
        assertThat(inThread.get(0).get("text")).contains("<@" + ALICE + ">").contains("<@" + BOB + ">");
        assertThat(inThread).anyMatch(p -> p.get("text").startsWith("<@" + ALICE + ">") && p.get("text").contains("know best"));
        assertThat(inThread).anyMatch(p -> p.get("text").startsWith("<@" + BOB + ">") && p.get("text").contains("know best"));
    }

    @Test
    void should_record_answers_from_two_engineers_ask_their_next_questions_and_update_the_kickoff() {
        String thread = startInline(h);
        int postsBefore = h.slack.threadPosts(thread).size();

        h.user.reply(ALICE, thread, "I own the checkout API and the orders database.");
        h.user.reply(BOB, thread, "The nightly export job and the admin console are mine.");

        Eventually.until("both answers recorded and next questions asked", () -> {
            Session s = h.onlySession();
            return s.answers().size() == 2 && s.openQuestionFor(ALICE).flatMap(q -> q.messageId()).isPresent()
                    && s.openQuestionFor(BOB).flatMap(q -> q.messageId()).isPresent()
                    && h.slack.threadPosts(thread).size() == postsBefore + 2;
        });
        Session s = h.onlySession();
        assertThat(s.answers()).extracting(Answer::author).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(s.openQuestionFor(ALICE).orElseThrow().bankId()).isNotEqualTo("ownership");
        Eventually.until("kickoff updated with progress", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> u.get("ts").equals(thread) && u.get("blocks").contains("2 of")));
    }

    @Test
    void should_handle_edit_skip_hand_over_and_outsider_replies() {
        String thread = startInline(h);

        String answerTs = h.user.reply(ALICE, thread, "Checkout API.");
        Eventually.until("alice's answer", () -> h.onlySession().answers().size() == 1);
        h.user.event(SlackPayloads.edit(ALICE, thread, answerTs, "Checkout API and the payments worker.", "EvEdit1"));
        Eventually.until("edit applied", () -> h.onlySession().answers().get(0).text().contains("payments worker"));

        h.user.reply(BOB, thread, "skip");
        Eventually.until("bob skipped and got another question", () -> h.onlySession().questions().stream()
                .anyMatch(q -> q.askedTo().equals(BOB) && q.status() == QuestionStatus.SKIPPED)
                && h.onlySession().openQuestionFor(BOB).flatMap(q -> q.messageId()).isPresent());

        String bobsQuestion = h.onlySession().openQuestionFor(BOB).orElseThrow().text();
        h.user.reply(BOB, thread, "ask <@" + DAVE + "|dave>");
        Eventually.until("dave joined and was asked bob's question", () -> h.onlySession().engineers().contains(DAVE)
                && h.onlySession().openQuestionFor(DAVE).map(q -> q.text().equals(bobsQuestion)).orElse(false)
                && h.onlySession().openQuestionFor(DAVE).flatMap(q -> q.messageId()).isPresent());
        assertThat(h.slack.threadPosts(thread)).anyMatch(p -> p.get("text").startsWith("<@" + DAVE + ">")
                && p.get("text").contains("<@" + BOB + ">"));

        int posts = h.slack.threadPosts(thread).size();
        h.user.reply(OUTSIDER, thread, "FYI the export job also writes to S3.");
        Eventually.until("outsider kept as a comment", () -> h.onlySession().comments().stream()
                .anyMatch(c -> c.author().equals(OUTSIDER) && c.text().contains("S3")));
        assertThat(h.slack.threadPosts(thread)).hasSize(posts);
        assertThat(h.onlySession().answers()).noneMatch(a -> a.author().equals(OUTSIDER));
    }
}
