package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An existing threat model as the starting point, through Slack: a threat-composer file shared in the
 * session thread seeds the parts, flows and threats; the questions that follow are about what it does
 * not say (and confirm-style about what it does); draft v1 lists its threats as carried over.
 */
class ImportedModelTest {
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static byte[] exported(String name) {
        try (InputStream in = ImportedModelTest.class.getResourceAsStream("/exports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    boolean posted(String thread, String words) {
        return h.slack.threadPosts(thread).stream().anyMatch(p -> p.get("text").contains(words));
    }

    List<Map<String, String>> posts(String thread) {
        return h.slack.threadPosts(thread);
    }

    @Test
    void a_shared_threat_composer_file_seeds_the_session_its_gaps_are_asked_and_draft_v1_carries_its_threats() {
        String thread = h.startFromForm(LEAD, "Payments", List.of(ALICE, BOB), "");
        String[] tc = h.slack.file("F0TC000001", "payments.tc.json", "application/json", "json",
                exported("payments.tc.json"));

        h.user.share(LEAD, thread, "", List.<String[]>of(tc));

        Eventually.until("read as a model", () -> posted(thread, "*payments.tc.json* is a threat-composer threat "
                + "model: 3 parts, 2 data flows and 3 threats"));
        assertThat(h.onlySession().documents()).singleElement().satisfies(d -> {
            assertThat(d.importsModel()).isTrue();
            assertThat(d.threats()).hasSize(3);
        });
        assertThat(h.onlySession().context().components()).extracting(Component::name)
                .contains("Payments API", "Orders DB", "GPT-4o");

        for (String engineer : List.of(ALICE, BOB)) {
            Question open = h.onlySession().openQuestionFor(engineer).orElseThrow();
            h.user.reply(engineer, thread, "I look after the Payments API and its database.");
            Eventually.until("next question for " + engineer, () -> h.onlySession().questions().stream()
                    .anyMatch(q -> q.askedTo().equals(engineer) && q.isOpen() && q.messageId().isPresent()
                            && !q.id().equals(open.id())));
        }
        for (String engineer : List.of(ALICE, BOB)) {
            Question next = h.onlySession().openQuestionFor(engineer).orElseThrow();
            assertThat(next.messageId()).as("posted").isPresent();
            assertThat(next.kind()).as("the question put to " + engineer + " after the import").isEqualTo(QuestionKind.GAP);
        }
        Question alices = h.onlySession().openQuestionFor(ALICE).orElseThrow();
        assertThat(alices.text()).contains("*Payments API*")
                .contains("*payments.tc.json* (§model) says: _\"Payments API: reachable from the internet\"_ — still true?")
                .contains("How do people or other services prove who they are");

        h.gathered(LEAD, h.onlySession().id().value());
        h.draftPosted(LEAD, h.onlySession().id().value());

        Draft v1 = h.onlySession().draft().orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        int again = v1.threats().stream().filter(t -> t.threat().rule().equals("data-in-transit")).findFirst()
                .orElseThrow().number();
        assertThat(h.slack.rootPosts()).anyMatch(p -> p.get("text").startsWith("*Draft threat model v1 — Payments*")
                && p.get("text").contains("*Against the imported model* _payments.tc.json_: 2 carried over (")
                && p.get("text").contains("#" + again + " was marked not useful or rejected there and drafted again"));
        List<String> carried = v1.threats().stream().filter(t -> v1.changes().orElseThrow()
                .contains("#" + t.number() + ",") || v1.changes().orElseThrow().contains("#" + t.number() + ")"))
                .map(t -> t.threat().rule()).toList();
        assertThat(carried).contains("no-authentication", "prompt-injection");
        int noAuth = v1.threats().stream().filter(t -> t.threat().rule().equals("no-authentication")).findFirst()
                .orElseThrow().number();
        assertThat(v1.changes().orElseThrow()).as("the imported model rated it critical")
                .contains("#" + noAuth + " " + v1.threats().get(noAuth - 1).threat().severity().name()
                        .toLowerCase(java.util.Locale.ROOT) + ", was critical");
    }

    @Test
    void a_model_pasted_in_the_start_form_is_started_from_and_its_unmatched_threats_are_carried_over_as_stated() {
        String threagile = """
                threagile_version: 1.0.0
                title: Ledger
                date: 2026-03-02
                technical_assets:
                  Ledger API:
                    id: ledger-api
                    type: process
                    technology: web-service-rest
                    internet: true
                    encryption: none
                    tags: []
                    communication_links:
                      to Ledger DB:
                        target: ledger-db
                        description: ledger entries
                        protocol: jdbc
                        authentication: credentials
                        tags: []
                  Ledger DB:
                    id: ledger-db
                    type: datastore
                    technology: database
                    internet: false
                    encryption: transparent
                    tags: []
                custom_risk_categories:
                  - id: replayed-ledger-entries
                    title: Replayed ledger entries
                    description: A captured request to the Ledger API is sent again and books the entry twice.
                    stride: tampering
                    function: architecture
                    mitigation: Idempotency keys on every write.
                    risks_identified:
                      Replayed ledger entries at Ledger API:
                        severity: high
                        exploitation_likelihood: likely
                        exploitation_impact: high
                        most_relevant_technical_asset: ledger-api
                  - id: mainframe-export
                    title: Mainframe export tampered with
                    stride: tampering
                    function: architecture
                    risks_identified:
                      Mainframe export tampered with at the mainframe:
                        severity: medium
                        exploitation_likelihood: likely
                        exploitation_impact: medium
                        most_relevant_technical_asset: mainframe
                """;

        String thread = h.startFromForm(LEAD, "Ledger", List.of(ALICE), threagile);

        Eventually.until("read as a model", () -> posted(thread, "The start form holds a Threagile threat model dated "
                + "2026-03-02: 2 parts, 1 data flow and 2 threats"));
        assertThat(h.onlySession().context().components()).extracting(Component::name)
                .containsExactlyInAnyOrder("Ledger API", "Ledger DB");
        assertThat(h.onlySession().context().facts()).anySatisfy(f -> {
            assertThat(f.property().name()).isEqualTo("TRANSPORT");
            assertThat(f.value()).isEqualTo("plain");
            assertThat(f.source().reference()).isEqualTo("pasted Threagile model §model");
        });

        h.gathered(LEAD, h.onlySession().id().value());
        h.draftPosted(LEAD, h.onlySession().id().value());

        Draft v1 = h.onlySession().draft().orElseThrow();
        DraftedThreat replay = v1.threats().stream().filter(t -> t.threat().title().equals("Replayed ledger entries"))
                .findFirst().orElseThrow();
        assertThat(replay.threat().rule()).isEqualTo("imported");
        assertThat(replay.threat().description()).contains("Carried over from the imported model pasted Threagile model");
        assertThat(replay.threat().subjects()).containsExactly("ledger-api");
        assertThat(v1.changes().orElseThrow()).contains("1 no longer applies: _Mainframe export tampered with_")
                .contains("as it stated them");
    }

    @Test
    void a_model_file_attached_to_the_start_modal_is_started_from_before_anyone_is_asked() {
        String[] tc = h.slack.file("F0TC000002", "payments.tc.json", "application/json", "json",
                exported("payments.tc.json"));

        h.user.interaction(SlackPayloads.viewSubmission(LEAD, "V0FORMTC01", "Payments", List.of(ALICE), LEAD, "", tc));

        Eventually.until("first question posted", () -> h.sessions().size() == 1 && h.onlySession().questions()
                .stream().anyMatch(q -> q.isOpen() && q.messageId().isPresent()));
        String thread = h.onlySession().kickoffId().orElseThrow();
        Eventually.until("read as a model", () -> posted(thread, "Thanks <@" + LEAD + "> — *payments.tc.json* is a "
                + "threat-composer threat model: 3 parts, 2 data flows and 3 threats"));
        assertThat(h.onlySession().documents()).singleElement().satisfies(d -> assertThat(d.fileId())
                .isEqualTo("F0TC000002"));
        Question first = h.onlySession().openQuestionFor(ALICE).orElseThrow();
        assertThat(first.text()).as("the owner question names what the model holds")
                .contains("Payments API", "Orders DB", "GPT-4o");

        h.user.reply(ALICE, thread, "I look after the Payments API.");

        Eventually.until("a gap question next", () -> h.onlySession().openQuestionFor(ALICE)
                .filter(q -> q.kind() == QuestionKind.GAP && q.messageId().isPresent()).isPresent());
        assertThat(h.onlySession().openQuestionFor(ALICE).orElseThrow().text()).contains("*Payments API*",
                "(§model) says:");
        assertThat(h.slack.downloads("F0TC000002")).isEqualTo(1);
    }

    @Test
    void a_broken_model_gets_a_notice_and_changes_nothing() {
        String thread = h.startFromForm(LEAD, "Payments", List.of(ALICE), "");
        String[] broken = h.slack.file("F0TC000009", "old.otm.json", "application/json", "json",
                "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        h.user.share(LEAD, thread, "", List.<String[]>of(broken));

        Eventually.until("refused", () -> posted(thread, "I couldn't read *old.otm.json*: it looks like a threat model "
                + "but is not valid JSON"));
        assertThat(h.onlySession().documents()).isEmpty();
        assertThat(h.onlySession().context().components()).isEmpty();
    }
}
