package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.Harness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Export to Jira: the lead's 🚀 files each approved threat as one ticket with its fields and a link
 * back, shows the ticket under the threat, and never files a threat twice — across Jira's 500s and
 * 429s, answers lost after the ticket was made, and asking again.
 */
class JiraExportTest {
    Harness h;
    FakeJira jira;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
        if (jira != null) {
            jira.close();
        }
    }

    private String draftWith(Map<String, String> extra) {
        jira = new FakeJira();
        Map<String, String> env = new HashMap<>(jira.env());
        env.putAll(extra);
        h = Harness.start(env);
        h.startFromForm(LEAD, "Orders", List.of(ALICE), DraftReviewTest.DOC);
        String id = h.onlySession().id().value();
        h.gathered(LEAD, id);
        h.draftPosted(LEAD, id);
        assertThat(draft().threats().size()).as("enough threats to review").isGreaterThanOrEqualTo(3);
        return id;
    }

    private Draft draft() {
        return h.onlySession().draft().orElseThrow();
    }

    private void review(int number, String reaction) {
        DraftedThreat t = draft().byNumber(number).orElseThrow();
        h.user.react(LEAD, t.messageId().orElseThrow(), reaction, true);
        Decision.Kind expected = reaction.equals("x") ? Decision.Kind.REJECTED : Decision.Kind.APPROVED;
        Eventually.until("#" + number + " decided", () -> draft().byNumber(number).orElseThrow().status() == expected);
    }

    private void rocket() {
        h.user.react(LEAD, draft().rootId().orElseThrow(), "rocket", true);
    }

    private List<String> notes() {
        return h.slack.threadPosts(draft().rootId().orElseThrow()).stream().map(p -> p.get("text")).toList();
    }

    private static List<String> labels(JsonNode fields) {
        List<String> out = new ArrayList<>();
        fields.path("labels").forEach(l -> out.add(l.asText()));
        return out;
    }

    @Test
    void should_file_one_ticket_per_approved_threat_with_its_fields_and_link_it_both_ways() {
        String id = draftWith(Map.of());
        rocket();
        Eventually.until("told to approve first", () -> notes().stream().anyMatch(n -> n.contains("No approved threats")));
        assertThat(jira.createCalls()).isZero();
        review(1, "white_check_mark");
        review(2, "white_check_mark");
        review(3, "x");
        DraftedThreat other = draft().byNumber(3).orElseThrow();
        h.user.react(ALICE, draft().byNumber(3).orElseThrow().messageId().orElseThrow(), "white_check_mark", true);
        h.user.react(ALICE, draft().rootId().orElseThrow(), "rocket", true);

        rocket();

        Eventually.until("two tickets recorded", () -> draft().threats().stream()
                .filter(t -> t.ticket().isPresent()).count() == 2 && h.onlySession().outbox().isEmpty());
        assertThat(jira.issues()).hasSize(2);
        assertThat(draft().byNumber(3).orElseThrow().ticket()).as("rejected threat not filed").isEmpty();
        assertThat(other.status()).isEqualTo(Decision.Kind.REJECTED);

        DraftedThreat first = draft().byNumber(1).orElseThrow();
        JsonNode fields = jira.issues().get(first.ticket().orElseThrow().key());
        assertThat(fields.path("project").path("key").asText()).isEqualTo("SEC");
        assertThat(fields.path("summary").asText()).contains(id).contains(first.threat().title());
        assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Task");
        String priority = Map.of(Severity.CRITICAL, "Highest", Severity.HIGH, "High", Severity.MEDIUM, "Medium",
                Severity.LOW, "Low").get(first.threat().severity());
        assertThat(fields.path("priority").path("name").asText()).isEqualTo(priority);
        assertThat(labels(fields)).contains("threatmodel", id);
        assertThat(labels(fields)).anyMatch(l -> l.startsWith("stride-"));
        assertThat(fields.path("description").path("type").asText()).isEqualTo("doc");
        assertThat(fields.path("description").toString()).contains(first.threat().mitigation().substring(0, 20));
        assertThat(first.ticket().get().url()).isEqualTo(jira.url() + "/browse/" + first.ticket().get().key());

        String threatMessage = first.messageId().orElseThrow().replace(".", "");
        assertThat(jira.remoteLinks().values()).anyMatch(l -> l.path("object").path("url").asText()
                .contains("/p" + threatMessage) && l.path("object").path("url").asText().startsWith("https://"));
        assertThat(h.slack.calls("chat.update")).anyMatch(u -> first.messageId().get().equals(u.get("ts"))
                && u.get("text").contains(first.ticket().get().url()) && u.get("text").contains("Filed as"));
        Eventually.until("report in the draft thread", () -> notes().stream()
                .anyMatch(n -> n.contains("Filed 2 approved threats") && n.contains(first.ticket().get().key())));
        assertThat(h.slack.calls("chat.postEphemeral").stream().filter(e -> ALICE.equals(e.get("user"))).count())
                .as("Alice told her reactions don't count").isGreaterThanOrEqualTo(2);

        int creates = jira.createCalls();
        h.user.command(LEAD, "export " + id + " jira");
        Eventually.until("told every approved threat has its ticket", () -> notes().stream()
                .anyMatch(n -> n.contains("already has its ticket")));
        assertThat(jira.createCalls()).as("asking again files nothing twice").isEqualTo(creates);
        assertThat(jira.issues()).hasSize(2);
    }

    @Test
    void should_retry_a_500_and_honour_a_429_creating_each_ticket_once() {
        draftWith(Map.of());
        review(1, "white_check_mark");
        review(2, "white_check_mark");
        jira.plan(FakeJira.Plan.status(500, "{\"errorMessages\":[\"Internal server error\"]}"),
                FakeJira.Plan.rateLimited(1));
        long before = System.nanoTime();

        rocket();

        Eventually.until("both filed", () -> draft().threats().stream().filter(t -> t.ticket().isPresent()).count() == 2
                && h.onlySession().outbox().isEmpty());
        assertThat(jira.issues()).hasSize(2);
        assertThat(jira.createCalls()).isEqualTo(4); // 500, 429, created; created
        Map<String, Long> perLabel = jira.issues().values().stream().flatMap(f -> labels(f).stream())
                .filter(l -> l.startsWith("tm-")).collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        assertThat(perLabel.values()).containsOnly(1L);
        List<LoggedRequest> creates = jira.requests().stream()
                .filter(r -> r.getUrl().equals("/rest/api/3/issue")).toList();
        long waitedMs = (creates.get(2).getLoggedDate().getTime() - creates.get(1).getLoggedDate().getTime());
        assertThat(waitedMs).as("waited as Retry-After said").isGreaterThanOrEqualTo(900);
        assertThat(System.nanoTime() - before).isPositive();
        assertThat(creates.get(0).getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void should_find_the_ticket_made_before_an_answer_was_lost_instead_of_filing_it_again() {
        draftWith(Map.of());
        review(1, "white_check_mark");
        jira.plan(FakeJira.Plan.createdButLost(502, 0));

        rocket();

        Eventually.until("filed", () -> draft().byNumber(1).orElseThrow().ticket().isPresent()
                && h.onlySession().outbox().isEmpty());
        assertThat(jira.createCalls()).isEqualTo(1);
        assertThat(jira.issues()).hasSize(1);
        assertThat(draft().byNumber(1).orElseThrow().ticket().get().key())
                .isEqualTo(jira.issues().keySet().iterator().next());
    }

    @Test
    void should_report_a_refused_ticket_with_jiras_reason_file_the_others_and_file_it_after_the_fix() {
        String id = draftWith(Map.of());
        review(1, "white_check_mark");
        review(2, "white_check_mark");
        jira.plan(FakeJira.Plan.status(400, "{\"errorMessages\":[],\"errors\":{\"description\":\"The entered "
                + "text is too long. It exceeds the allowed limit of 32,767 characters.\"}}"));

        rocket();

        Eventually.until("refusal reported", () -> notes().stream().anyMatch(n -> n.contains("Jira refused")
                && n.contains("too long") && n.contains("400") && n.contains("still being filed")));
        Eventually.until("the other filed", () -> h.onlySession().outbox().isEmpty()
                && draft().threats().stream().filter(t -> t.ticket().isPresent()).count() == 1);
        assertThat(jira.issues()).hasSize(1);
        assertThat(jira.createCalls()).isEqualTo(2);

        h.user.command(LEAD, "export " + id + " jira");
        Eventually.until("filed after the fix", () -> draft().threats().stream()
                .filter(t -> t.ticket().isPresent()).count() == 2);
        assertThat(jira.issues()).hasSize(2);
        assertThat(jira.createCalls()).isEqualTo(3);
    }

    @Test
    void should_stop_the_run_when_jira_refuses_permission_and_say_what_was_not_filed() {
        draftWith(Map.of());
        review(1, "white_check_mark");
        review(2, "white_check_mark");
        jira.plan(FakeJira.Plan.status(403, "{\"errorMessages\":[\"You do not have permission to create issues in "
                + "this project.\"],\"errors\":{}}"));

        rocket();

        Eventually.until("refusal reported", () -> notes().stream().anyMatch(n -> n.contains("Jira refused")
                && n.contains("403") && n.contains("permission") && n.contains("Not filed: #1, #2")));
        Eventually.until("the rest delivered", () -> h.onlySession().outbox().isEmpty());
        assertThat(jira.createCalls()).as("the rest is not tried after a refusal like this").isEqualTo(1);
        assertThat(jira.issues()).isEmpty();
    }

    @Test
    void should_file_in_data_center_with_a_wiki_description_and_a_bearer_token() {
        draftWith(Map.of("JIRA_API_VERSION", "2", "JIRA_EMAIL", "", "JIRA_PRIORITIES", "critical=P1,high=P2"));
        review(1, "white_check_mark");

        rocket();

        Eventually.until("filed", () -> draft().byNumber(1).orElseThrow().ticket().isPresent());
        JsonNode fields = jira.issues().values().iterator().next();
        assertThat(fields.path("description").isTextual()).isTrue();
        assertThat(fields.path("description").asText()).contains("h3.");
        LoggedRequest create = jira.requests().stream().filter(r -> r.getUrl().equals("/rest/api/2/issue"))
                .findFirst().orElseThrow();
        assertThat(create.getHeader("Authorization")).isEqualTo("Bearer jira-secret-token");
        Severity severity = draft().byNumber(1).orElseThrow().threat().severity();
        if (Set.of(Severity.CRITICAL, Severity.HIGH).contains(severity)) {
            assertThat(fields.path("priority").path("name").asText()).isEqualTo(severity == Severity.CRITICAL ? "P1" : "P2");
        }
    }

    @Test
    void should_say_export_attaches_files_only_without_jira() {
        jira = new FakeJira();
        h = Harness.start();
        h.startFromForm(LEAD, "Orders", List.of(ALICE), DraftReviewTest.DOC);
        String id = h.onlySession().id().value();
        h.gathered(LEAD, id);
        h.draftPosted(LEAD, id);
        review(1, "white_check_mark");
        rocket();
        Eventually.until("files only", () -> notes().stream().anyMatch(n -> n.contains("Jira isn't set up")));
        assertThat(jira.createCalls()).isZero();
    }
}
