package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeTeams;
import dev.threatmodelbot.support.TeamsHarness;
import dev.threatmodelbot.support.TeamsUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thread's life in Teams: disagreements with links, edits, outsiders, reminders and escalation, Teams refusing. */
class TeamsConversationTest {
    static final TeamsUser.Person ALICE = TeamsUser.ALICE;
    static final TeamsUser.Person BOB = TeamsUser.BOB;
    static final TeamsUser.Person CAROL = TeamsUser.CAROL;
    static final TeamsUser.Person DAVE = TeamsUser.DAVE;

    private static List<String> texts(TeamsHarness h, String root) {
        return h.teams.calls().stream().filter(c -> c.method().equals("POST")
                && c.path().equals("/v3/conversations/" + FakeTeams.CHANNEL + ";messageid=" + root + "/activities"))
                .map(c -> c.body().path("text").asText()).toList();
    }

    private static String startWithForm(TeamsHarness h, String doc) {
        String root = h.user.command(CAROL, "start Orders");
        Eventually.until("form posted", () -> !texts(h, root).isEmpty());
        h.user.submitForm(CAROL, root, "1", FakeTeams.object().put("system", "Orders")
                .put("engineers", ALICE.aad() + "," + BOB.aad()).put("lead", CAROL.aad()).put("doc", doc));
        Eventually.until("first questions", () -> h.sessions().size() == 1 && h.onlySession().questions().stream()
                .filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2);
        return h.onlySession().kickoffId().orElseThrow();
    }

    @Test
    void a_disagreement_quotes_both_sources_with_teams_links_and_edits_and_outsiders_are_kept() {
        try (TeamsHarness h = TeamsHarness.start(Map.of())) {
            String kickoff = startWithForm(h, "## Networking\nThe API Gateway calls the Orders service over mTLS.\n");
            String said = h.user.reply(ALICE, kickoff,
                    "I own the API Gateway. It talks to the Orders service over plain HTTP inside the VPC.");
            Eventually.until("the disagreement asked", () -> texts(h, kickoff).stream().anyMatch(t -> t.contains("don't agree")));
            String asked = texts(h, kickoff).stream().filter(t -> t.contains("don't agree")).findFirst().orElseThrow();
            assertThat(asked).startsWith("<at>Alice Example</at>").contains("mTLS").contains("plain HTTP")
                    .contains("(https://teams.microsoft.com/l/message/" + FakeTeams.CHANNEL.replace(":", "%3A")
                            .replace("@", "%40") + "/" + said + "?tenantId=");

            h.user.edit(ALICE, kickoff, said, "I own the API Gateway. It talks to the Orders service over mTLS.");
            Eventually.until("the edit replaces the answer", () -> h.onlySession().answers().stream()
                    .anyMatch(a -> a.text().endsWith("over mTLS.")));

            h.user.reply(DAVE, kickoff, "FYI the Orders service also keeps a cache in Redis.");
            Eventually.until("the outsider's comment kept", () -> !h.onlySession().comments().isEmpty());
            assertThat(h.onlySession().comments().get(0).author()).isEqualTo(DAVE.id());
        }
    }

    @Test
    void reminds_then_escalates_to_the_lead_proactively() {
        try (TeamsHarness h = TeamsHarness.start(Map.of("REMINDER_AFTER", "PT1S", "MAX_REMINDERS", "1",
                "REMINDER_DAYS", "MON-SUN"))) {
            String kickoff = TeamsInterviewTest.startByCommand(h);
            Eventually.until("a reminder and then an escalation for alice", Duration.ofSeconds(20), () ->
                    texts(h, kickoff).stream().anyMatch(t -> t.startsWith("<at>Carol Lead</at> <at>Alice Example</at>")));
            List<String> all = texts(h, kickoff);
            assertThat(all.stream().filter(t -> t.startsWith("<at>Alice Example</at> a gentle nudge"))).hasSize(1);
            Session s = h.onlySession();
            assertThat(s.openQuestionFor(ALICE.id()).orElseThrow().escalated()).isTrue();
        }
    }

    @Test
    void teams_refusing_for_a_while_delays_messages_but_posts_each_once() {
        try (TeamsHarness h = TeamsHarness.start(Map.of())) {
            h.teams.failNext("/v3/conversations", 429, 412, 503, 500);
            String kickoff = TeamsInterviewTest.startByCommand(h);
            long kickoffs = h.teams.calls().stream().filter(c -> c.path().equals("/v3/conversations")
                    && c.body().toString().contains("Threat model interview")).count();
            assertThat(kickoffs).as("tried until Teams took it").isGreaterThanOrEqualTo(2);
            assertThat(h.sessions()).hasSize(1);
            List<String> questions = texts(h, kickoff).stream().filter(t -> t.contains("Your part of the system")).toList();
            assertThat(questions).hasSize(2);
            assertThat(h.teams.tokensIssued()).as("the bot's token is reused").isEqualTo(1);
        }
    }

    @Test
    void a_file_shared_in_the_thread_gets_an_answer_saying_to_paste_its_text() {
        try (TeamsHarness h = TeamsHarness.start(Map.of())) {
            String kickoff = TeamsInterviewTest.startByCommand(h);
            var shared = h.user.base("message", FakeTeams.nextId(), ALICE, FakeTeams.CHANNEL + ";messageid=" + kickoff)
                    .put("text", "");
            shared.putArray("attachments").addObject().put("contentType", "reference")
                    .put("contentUrl", "https://contoso.sharepoint.com/sites/eng/Shared%20Documents/design.md")
                    .put("name", "design.md");
            assertThat(h.user.send(shared).statusCode()).isEqualTo(202);
            Eventually.until("told to paste it", () -> texts(h, kickoff).stream().anyMatch(t -> t.contains("Paste the doc")));
            assertThat(h.onlySession().answers()).as("an empty message is no answer").isEmpty();
        }
    }

    @Test
    void a_429_waits_as_long_as_teams_asks() {
        try (TeamsHarness h = TeamsHarness.start(Map.of())) {
            h.teams.retryAfter(2);
            h.teams.failNext("/v3/conversations", 429);
            TeamsInterviewTest.startByCommand(h);
            FakeTeams.Call refused = h.teams.calls().get(0);
            java.util.function.Supplier<List<FakeTeams.Call>> again = () -> h.teams.calls().stream()
                    .filter(c -> c.path().equals(refused.path()) && c.body().equals(refused.body())).toList();
            Eventually.until("the refused post tried again", Duration.ofSeconds(10), () -> again.get().size() == 2);
            List<FakeTeams.Call> tries = again.get();
            assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).as("Retry-After: 2 honoured")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        }
    }
}
