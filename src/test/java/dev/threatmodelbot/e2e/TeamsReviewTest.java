package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.FakeTeams;
import dev.threatmodelbot.support.TeamsHarness;
import dev.threatmodelbot.support.TeamsUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary, the draft and its review in Teams: cards with buttons, the lead's presses and like, export to Jira. */
class TeamsReviewTest {
    static final TeamsUser.Person ALICE = TeamsUser.ALICE;
    static final TeamsUser.Person CAROL = TeamsUser.CAROL;
    static final TeamsUser.Person DAVE = TeamsUser.DAVE;

    TeamsHarness h;
    FakeJira jira;

    @BeforeEach
    void start() {
        jira = new FakeJira();
        h = TeamsHarness.start(jira.env());
    }

    @AfterEach
    void stop() {
        h.close();
        jira.close();
    }

    private Draft draft() {
        return h.onlySession().draft().orElseThrow();
    }

    private DraftedThreat threat(int n) {
        return draft().byNumber(n).orElseThrow();
    }

    private String drafted() {
        h.user.command(CAROL, "start Orders " + ALICE.at() + " lead:" + CAROL.at(), ALICE, CAROL);
        Eventually.until("first question", () -> h.sessions().size() == 1
                && h.onlySession().openQuestionFor(ALICE.id()).flatMap(q -> q.messageId()).isPresent());
        String kickoff = h.onlySession().kickoffId().orElseThrow();
        h.user.reply(ALICE, kickoff, "I run the Orders API. The Orders API requires no authentication. "
                + "The Orders API writes orders to PostgreSQL.");
        Eventually.until("answer kept", () -> h.onlySession().answers().size() == 1);
        String id = h.onlySession().id().value();
        h.user.command(CAROL, "draft " + id);
        Eventually.until("gathered", () -> h.onlySession().state() == SessionState.GATHERED
                && h.onlySession().outbox().isEmpty());
        h.user.command(CAROL, "draft " + id);
        Eventually.until("draft posted", () -> h.onlySession().draft().map(d -> d.rootId().isPresent()
                && d.threats().stream().allMatch(t -> t.messageId().isPresent())).orElse(false)
                && h.onlySession().outbox().isEmpty());
        assertThat(draft().threats().size()).as("enough threats to review").isGreaterThanOrEqualTo(3);
        return id;
    }

    private List<FakeTeams.Call> puts(String message) {
        return h.teams.calls().stream().filter(c -> c.method().equals("PUT") && c.path().endsWith("/activities/" + message))
                .toList();
    }

    /** Every link to a file the service serves that the bot posted, once each. */
    private java.util.Set<String> fileLinks() {
        java.util.Set<String> links = new java.util.TreeSet<>();
        Pattern link = Pattern.compile("http://localhost:\\d+/teams/files/[0-9a-f]{48}/[^\"]+");
        for (FakeTeams.Call c : h.teams.calls()) {
            Matcher m = link.matcher(c.body().toString());
            while (m.find()) {
                links.add(m.group());
            }
        }
        return links;
    }

    private static JsonNode data(String session, int threat) {
        return FakeTeams.object().put("session", session).put("threat", threat);
    }

    @Test
    void the_draft_is_reviewed_with_the_leads_buttons_and_like_and_nobody_elses() throws Exception {
        String id = drafted();
        String root = draft().rootId().orElseThrow();
        FakeTeams.Call rootPost = h.teams.calls().stream().filter(c -> c.path().equals("/v3/conversations")
                && c.body().toString().contains("Draft threat model v1")).findFirst().orElseThrow();
        assertThat(rootPost.body().toString()).contains("\"verb\":\"export\"");
        List<FakeTeams.Call> threats = h.teams.calls().stream().filter(c -> c.method().equals("POST")
                && c.path().endsWith(";messageid=" + root + "/activities")
                && c.body().toString().contains("\"verb\":\"approve\"")).toList();
        assertThat(threats).hasSize(draft().threats().size());
        assertThat(threats.get(0).body().toString()).contains("#1 · CRITICAL").contains("\"verb\":\"approve\"")
                .contains("\"verb\":\"reject\"").contains("\"verb\":\"discuss\"");

        String first = threat(1).messageId().orElseThrow();
        HttpResponse<String> pressed = h.user.press(CAROL, root, first, "approve", (com.fasterxml.jackson.databind.node
                .ObjectNode) data(id, 1));
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(pressed.body()).contains("Noted");
        Eventually.until("approved", () -> threat(1).status() == Decision.Kind.APPROVED);
        Eventually.until("the card shows who approved", () -> puts(first).stream()
                .anyMatch(p -> p.body().toString().matches(".*Approved by <at>Carol Lead</at> on \\d{4}-\\d{2}-\\d{2} "
                        + "\\d{2}:\\d{2} UTC.*")));
        Eventually.until("the root's tally", () -> puts(root).stream().anyMatch(p -> p.body().toString()
                .contains("1 approved")));

        String second = threat(2).messageId().orElseThrow();
        HttpResponse<String> outsider = h.user.press(DAVE, root, second, "approve",
                (com.fasterxml.jackson.databind.node.ObjectNode) data(id, 2));
        assertThat(outsider.statusCode()).isEqualTo(200);
        assertThat(outsider.body()).contains("Only the security lead");
        assertThat(h.user.reaction(DAVE, root, second, "like", true).statusCode()).isEqualTo(202);
        Eventually.until("Dave told his 👍 does not count", () -> h.teams.calls().stream().anyMatch(c -> c.body()
                .path("text").asText().startsWith("<at>Dave Outsider</at>") && c.body().path("text").asText()
                        .contains("security lead")));

        assertThat(h.user.reaction(CAROL, root, second, "like", true).statusCode()).isEqualTo(202);
        Eventually.until("liked", () -> threat(2).status() == Decision.Kind.APPROVED);
        assertThat(threat(2).decisions()).extracting(Decision::by).containsOnly(CAROL.id());
        h.user.reaction(CAROL, root, second, "like", false);
        Eventually.until("like taken back", () -> threat(2).status() == Decision.Kind.PENDING);

        h.user.press(CAROL, root, threat(3).messageId().orElseThrow(), "reject",
                (com.fasterxml.jackson.databind.node.ObjectNode) data(id, 3));
        Eventually.until("rejected", () -> threat(3).status() == Decision.Kind.REJECTED);

        // export from the root's button: one ticket for the one approved threat, despite a 500 on the first try
        jira.plan(FakeJira.Plan.status(500, "{\"errorMessages\":[\"Internal server error\"]}"));
        assertThat(h.user.press(DAVE, root, root, "export", FakeTeams.object().put("session", id)).body())
                .contains("Only the security lead");
        assertThat(h.user.press(CAROL, root, root, "export", FakeTeams.object().put("session", id)).body())
                .contains("Exporting");
        Eventually.until("ticket filed", () -> threat(1).ticket().isPresent() && h.onlySession().outbox().isEmpty());
        assertThat(jira.issues()).hasSize(1);
        assertThat(jira.remoteLinks().values()).anyMatch(l -> l.path("object").path("url").asText()
                .startsWith("https://teams.microsoft.com/l/message/") && l.path("object").path("url").asText()
                        .contains("/" + first + "?"));
        Eventually.until("the four model files linked", () -> fileLinks().size() >= 5);
        assertThat(fileLinks()).as("diagrams and the four formats")
                .anyMatch(l -> l.endsWith(".md")).anyMatch(l -> l.endsWith(".yaml"))
                .anyMatch(l -> l.contains("otm") && l.endsWith(".json"))
                .anyMatch(l -> l.endsWith(".tc.json"));
        h.user.command(CAROL, "export " + id + " jira");
        Eventually.until("told it is filed already", () -> h.teams.calls().stream()
                .anyMatch(c -> c.body().toString().contains("already has its ticket")));
        assertThat(jira.issues()).as("exactly once").hasSize(1);
    }

    @Test
    void the_summary_shows_the_diagram_from_an_expiring_link_the_service_serves() throws Exception {
        drafted();
        String card = h.teams.calls().stream().map(c -> c.body().toString()).filter(b -> b.contains("\"Image\""))
                .findFirst().orElseThrow();
        Matcher m = Pattern.compile("\"url\":\"(http://localhost:\\d+/teams/files/[0-9a-f]{48}/[^\"]+\\.png)\"").matcher(card);
        assertThat(m.find()).isTrue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()[1]).isEqualTo((byte) 'P');
        String name = m.group(1).replaceAll(".*/teams/files/([0-9a-f]{48})/.*", "$1");
        long ttl = h.redis().pttl(h.prefix + "surface:teams:file:" + name);
        assertThat(ttl).as("the link expires, within 30 days").isPositive()
                .isLessThanOrEqualTo(java.time.Duration.ofDays(30).toMillis());
        String guessed = m.group(1).replaceAll("files/[0-9a-f]{4}", "files/0000");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(guessed)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
    }
}
