package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft posted as a root with one reply per threat, reviewed by the security lead's reactions. */
class DraftReviewTest {
    static final String DOC = "## Architecture\nThe Orders API requires no authentication.\n"
            + "The Orders API writes orders to PostgreSQL.\n";
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    Draft draft() {
        return h.onlySession().draft().orElseThrow();
    }

    DraftedThreat threat(int number) {
        return draft().byNumber(number).orElseThrow();
    }

    @Test
    void should_post_the_draft_and_track_only_the_leads_review_reactions() {
        h.startFromForm(LEAD, "Orders", List.of(ALICE), DOC);
        String id = h.onlySession().id().value();
        h.gathered(LEAD, id);
        assertThat(h.user.command(ALICE, "draft " + id).body()).contains("Only the security lead");

        h.user.command(LEAD, "draft " + id);

        Eventually.until("every threat posted", () -> h.onlySession().draft().map(d -> d.rootId().isPresent()
                && d.threats().stream().allMatch(t -> t.messageId().isPresent())).orElse(false));
        String root = draft().rootId().orElseThrow();
        assertThat(h.slack.rootPosts()).anyMatch(p -> p.get("text").startsWith("*Draft threat model v1 — Orders*")
                && p.get("text").contains("critical") && p.get("text").contains(draft().threats().size() + " pending"));
        List<Map<String, String>> replies = h.slack.threadPosts(root);
        assertThat(replies).hasSize(draft().threats().size());
        assertThat(replies.get(0).get("text")).startsWith("*#1 · CRITICAL");
        assertThat(replies).anyMatch(p -> p.get("text").contains("Anyone who can reach Orders API can use it as any user")
                && p.get("text").contains("The design doc (§1 Architecture) says")
                && p.get("text").contains("requires no authentication"));
        assertThat(replies).anyMatch(p -> p.get("text").contains("goes on to the data in PostgreSQL"));

        h.user.react(LEAD, threat(1).messageId().orElseThrow(), "white_check_mark", true);
        Eventually.until("approved", () -> threat(1).status() == Decision.Kind.APPROVED);
        Eventually.until("tally updated", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> root.equals(u.get("ts")) && u.get("text").contains(":white_check_mark: 1 approved")));
        assertThat(threat(1).decisions()).singleElement().satisfies(d -> assertThat(d.by()).isEqualTo(LEAD));

        h.user.react(ALICE, threat(2).messageId().orElseThrow(), "white_check_mark", true);
        Eventually.until("alice told privately", () -> h.slack.calls("chat.postEphemeral").stream()
                .anyMatch(e -> ALICE.equals(e.get("user")) && e.get("text").contains("Only the security lead")));
        assertThat(threat(2).status()).isEqualTo(Decision.Kind.PENDING);

        h.user.react(LEAD, threat(1).messageId().orElseThrow(), "white_check_mark", false);
        h.user.react(LEAD, threat(2).messageId().orElseThrow(), "x", true);
        h.user.react(LEAD, threat(3).messageId().orElseThrow(), "thinking_face", true);
        h.user.react(LEAD, threat(3).messageId().orElseThrow(), "tada", true); // not a review reaction

        Eventually.until("decisions applied", () -> threat(1).status() == Decision.Kind.PENDING
                && threat(2).status() == Decision.Kind.REJECTED && threat(3).status() == Decision.Kind.DISCUSS);
        assertThat(threat(1).decisions()).extracting(Decision::kind)
                .containsExactly(Decision.Kind.APPROVED, Decision.Kind.PENDING);
        Eventually.until("tally shows the review", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> root.equals(u.get("ts")) && u.get("text").contains(":white_check_mark: 0 approved · :x: 1 "
                        + "rejected · :thinking_face: 1 to discuss")));

        String rejected = threat(2).threat().id();
        String thread = h.onlySession().kickoffId().orElseThrow();
        h.user.reply(ALICE, thread, "Correction: the Orders API also publishes every order to Amazon SQS.");
        Eventually.until("the correction learnt", () -> h.onlySession().context().component("amazon-sqs").isPresent());
        h.user.command(LEAD, "draft " + id);

        Eventually.until("v2 posted", () -> draft().version() == 2 && draft().rootId().isPresent());
        assertThat(h.slack.rootPosts()).anyMatch(p -> p.get("text").startsWith("*Draft threat model v2 — Orders*")
                && p.get("text").contains("*Since v1*:") && !p.get("text").contains("0 new"));
        assertThat(draft().byThreat(rejected).orElseThrow().status()).isEqualTo(Decision.Kind.REJECTED);
        assertThat(draft().threats()).anyMatch(t -> t.threat().subjects().contains("amazon-sqs"));
    }

    @Test
    void should_let_only_the_lead_amend_a_threat_by_replying_in_the_draft_thread_and_keep_it_in_v2() {
        h.startFromForm(LEAD, "Orders", List.of(ALICE), DOC);
        String id = h.onlySession().id().value();
        h.gathered(LEAD, id);
        h.draftPosted(LEAD, id);
        String root = draft().rootId().orElseThrow();
        DraftedThreat last = threat(draft().threats().size());
        String lastId = last.threat().id();

        h.user.reply(LEAD, root, "#" + last.number() + " severity critical");
        h.user.reply(LEAD, root, "#" + last.number() + " mitigation: Put the Orders API behind the SSO gateway.");
        h.user.reply(LEAD, root, "#" + last.number() + " We accepted this for the internal beta only.");
        h.user.reply(ALICE, root, "#" + last.number() + " severity low");
        h.user.reply(LEAD, root, "#99 severity low");
        h.user.reply(LEAD, root, "#1 severity extreme");

        Eventually.until("three amendments", () -> draft().byThreat(lastId).orElseThrow().amendments().size() == 3
                && h.onlySession().outbox().isEmpty());
        DraftedThreat amended = draft().byThreat(lastId).orElseThrow();
        assertThat(amended.threat().severity()).isEqualTo(dev.threatmodelbot.domain.threat.Severity.CRITICAL);
        assertThat(amended.threat().mitigation()).isEqualTo("Put the Orders API behind the SSO gateway.");
        assertThat(amended.threat().description()).contains("Note from the security lead: We accepted this for the "
                + "internal beta only.");
        assertThat(amended.amendments()).allSatisfy(a -> assertThat(a.by()).isEqualTo(LEAD));
        Eventually.until("reply updated in place", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> amended.messageId().get().equals(u.get("ts"))
                        && u.get("text").contains("SSO gateway") && u.get("text").contains("Amended by")));
        Eventually.until("root counts updated", () -> h.slack.calls("chat.update").stream()
                .anyMatch(u -> root.equals(u.get("ts")) && u.get("text").contains("critical")));
        Eventually.until("unknown number answered", () -> h.slack.threadPosts(root).stream()
                .anyMatch(p -> p.get("text").contains("has no threat #99")));
        Eventually.until("bad rating explained", () -> h.slack.threadPosts(root).stream()
                .anyMatch(p -> p.get("text").contains("To change #1")));

        h.user.command(LEAD, "draft " + id);
        Eventually.until("v2 posted", () -> draft().version() == 2 && draft().rootId().isPresent()
                && !draft().rootId().get().equals(root));
        DraftedThreat again = draft().byThreat(lastId).orElseThrow();
        assertThat(again.threat().mitigation()).isEqualTo("Put the Orders API behind the SSO gateway.");
        assertThat(again.threat().severity()).isEqualTo(dev.threatmodelbot.domain.threat.Severity.CRITICAL);
        assertThat(again.amendments()).hasSize(3);
    }

    @Test
    void should_attach_the_model_as_files_on_the_leads_rocket_or_export_command() throws Exception {
        h.startFromForm(LEAD, "Orders", List.of(ALICE), DOC);
        String id = h.onlySession().id().value();
        h.gathered(LEAD, id);
        assertThat(h.user.command(LEAD, "export " + id).body()).contains("has no draft yet");
        h.draftPosted(LEAD, id);
        String root = draft().rootId().orElseThrow();
        int before = h.slack.calls("files.getUploadURLExternal").size();
        int completed = h.slack.calls("files.completeUploadExternal").size();

        h.user.react(ALICE, root, "rocket", true);
        h.user.react(LEAD, root, "rocket", true);

        Eventually.until("four files in the draft thread", () -> h.slack.calls("files.completeUploadExternal").stream()
                .skip(completed).filter(c -> root.equals(c.get("thread_ts"))).count() == 4);
        List<String> names = h.slack.calls("files.getUploadURLExternal").stream().skip(before)
                .map(c -> c.get("filename")).toList();
        assertThat(names).contains("threat-model-" + id + "-v1.md", "threat-model-" + id + "-v1.yaml",
                "threat-model-" + id + "-v1.otm.json", "threat-model-" + id + "-v1.tc.json");
        assertThat(h.slack.calls("chat.postEphemeral")).anyMatch(e -> ALICE.equals(e.get("user")));

        assertThat(h.user.command(ALICE, "export " + id + " otm").body()).contains("Only the security lead");
        assertThat(h.user.command(LEAD, "export " + id + " visio").body()).contains("I can export");
        h.user.command(LEAD, "export " + id + " otm");
        Eventually.until("one more file", () -> h.slack.calls("files.completeUploadExternal").size() == completed + 5);
        byte[] otm = h.slack.uploads().get(h.slack.uploads().size() - 1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(otm);
        assertThat(json.get("otmVersion").asText()).isEqualTo("0.2.0");
        assertThat(json.get("components").toString()).contains("Orders API").contains("PostgreSQL");
    }
}
