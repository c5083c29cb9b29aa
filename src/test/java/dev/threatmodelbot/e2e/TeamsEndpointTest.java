package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.FakeTeams;
import dev.threatmodelbot.support.TeamsHarness;
import dev.threatmodelbot.support.TeamsUser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.ScanParams;

/** {@code POST /api/messages}: the Bot Framework token checked before anything is read or recorded. */
class TeamsEndpointTest {
    private static TeamsHarness h;

    @BeforeAll
    static void start() {
        h = TeamsHarness.start(Map.of());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String status(Object body) {
        return h.user.base("message", FakeTeams.nextId(), TeamsUser.ALICE, FakeTeams.CHANNEL + ";messageid=1").put("text",
                "<at>threatmodel</at> status").toString();
    }

    private static String bearer(String audience, String serviceUrl, Instant expires, boolean ourKey) {
        return "Bearer " + FakeTeams.token(audience, serviceUrl, expires, ourKey);
    }

    @Test
    void refuses_every_request_without_a_valid_token_for_this_bot_and_records_nothing() {
        String body = status(null);
        String url = h.user.serviceUrl();
        Instant later = Instant.now().plusSeconds(3600);
        Set<String> before = keys();
        int answered = h.teams.calls().size();
        assertThat(h.user.send(body, null).statusCode()).as("no token").isEqualTo(401);
        assertThat(h.user.send(body, "Basic abc").statusCode()).as("not Bearer").isEqualTo(401);
        assertThat(h.user.send(body, "Bearer not.a.jwt").statusCode()).as("garbage").isEqualTo(401);
        assertThat(h.user.send(body, bearer(FakeTeams.APP_ID, url, later, false)).statusCode()).as("forged")
                .isEqualTo(401);
        assertThat(h.user.send(body, bearer(FakeTeams.APP_ID, url, Instant.now().minusSeconds(900), true))
                .statusCode()).as("expired").isEqualTo(401);
        assertThat(h.user.send(body, bearer("99999999-0000-4000-8000-000000000000", url, later, true)).statusCode())
                .as("another bot's").isEqualTo(401);
        assertThat(h.user.send(body, bearer(FakeTeams.APP_ID, "https://evil.example/", later, true)).statusCode())
                .as("another service URL").isEqualTo(401);
        assertThat(h.user.send(body, "Bearer " + FakeTeams.tokenFrom("https://sts.windows.net/evil/", FakeTeams.APP_ID,
                url, later)).statusCode()).as("another issuer").isEqualTo(401);
        assertThat(h.user.send(body, "Bearer " + FakeTeams.unendorsedToken(FakeTeams.APP_ID, url, later)).statusCode())
                .as("a key not endorsed for Teams").isEqualTo(401);
        String otherTenant = h.user.base("message", FakeTeams.nextId(), TeamsUser.ALICE, FakeTeams.CHANNEL)
                .put("text", "hi").toString().replace(FakeTeams.TENANT, "99999999-0000-4000-8000-0000000000bb");
        assertThat(h.user.send(otherTenant, bearer(FakeTeams.APP_ID, url, later, true)).statusCode())
                .as("another tenant than the single-tenant app's").isEqualTo(401);
        assertThat(keys()).as("nothing recorded").isEqualTo(before);
        assertThat(h.teams.calls()).as("nothing answered").hasSize(answered);
    }

    @Test
    void refuses_malformed_activities_with_400_and_never_fails() {
        String ok = bearer(FakeTeams.APP_ID, h.user.serviceUrl(), Instant.now().plusSeconds(3600), true);
        HttpResponse<String> notJson = h.user.send("{\"type\":", ok);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at dev.");
        assertThat(h.user.send("{\"type\":\"message\",\"channelId\":\"msteams\",\"serviceUrl\":\"" + h.user.serviceUrl()
                + "\"}", ok).statusCode()).as("no conversation or sender").isEqualTo(400);
        assertThat(h.user.send("[1,2]", ok).statusCode()).isEqualTo(400);
        var badMention = h.user.base("message", FakeTeams.nextId(), TeamsUser.ALICE, FakeTeams.CHANNEL).put("text", "x");
        badMention.putArray("entities").addObject().put("type", "mention").put("text", "<at>x</at>");
        assertThat(h.user.send(badMention.toString(), ok).statusCode()).as("a mention of nobody").isEqualTo(400);
        var untyped = h.user.base("message", FakeTeams.nextId(), TeamsUser.ALICE, FakeTeams.CHANNEL).put("text", "x");
        untyped.putArray("entities").addObject().put("text", "?");
        assertThat(h.user.send(untyped.toString(), ok).statusCode()).as("an entity of no type").isEqualTo(400);
        var noTenant = h.user.base("message", FakeTeams.nextId(), TeamsUser.ALICE, FakeTeams.CHANNEL).put("text", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) noTenant.path("conversation")).remove("tenantId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) noTenant.path("channelData")).remove("tenant");
        assertThat(h.user.send(noTenant.toString(), ok).statusCode()).as("no tenant").isEqualTo(400);
        String slackLike = h.user.base("message", "1", TeamsUser.ALICE, "x").put("channelId", "slack").toString();
        assertThat(h.user.send(slackLike, ok).statusCode()).as("another channel's").isEqualTo(400);
    }

    @Test
    void a_command_delivered_twice_is_answered_once() {
        var help = h.user.base("message", FakeTeams.nextId(), TeamsUser.CAROL, FakeTeams.CHANNEL).put("text",
                "<at>threatmodel</at> help");
        help.putArray("entities").addObject().put("type", "mention").put("text", "<at>threatmodel</at>")
                .putObject("mentioned").put("id", FakeTeams.BOT).put("name", "threatmodel");
        assertThat(h.user.send(help).statusCode()).isEqualTo(202);
        assertThat(h.user.send(help).statusCode()).isEqualTo(202);
        dev.threatmodelbot.support.Eventually.until("answered", () -> h.teams.calls().stream()
                .anyMatch(c -> c.body().path("text").asText().contains("interviews your engineers")));
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(h.teams.calls().stream().filter(c -> c.body().path("text").asText()
                .contains("interviews your engineers"))).hasSize(1);
    }

    @Test
    void an_authentic_activity_is_acknowledged() {
        HttpResponse<String> r = h.user.send(h.user.base("conversationUpdate", FakeTeams.nextId(), TeamsUser.CAROL,
                FakeTeams.CHANNEL));
        assertThat(r.statusCode()).isEqualTo(202);
    }

    private static Set<String> keys() {
        Set<String> out = new java.util.HashSet<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = h.redis().scan(cursor, new ScanParams().match(h.prefix + "*").count(500));
            out.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return out;
    }

    @Test
    void with_auth_off_only_this_machine_is_served_and_only_local_connectors_are_called() throws Exception {
        try (TeamsHarness local = TeamsHarness.local()) {
            var command = local.user.base("message", FakeTeams.nextId(), TeamsUser.CAROL, FakeTeams.CHANNEL).put("text",
                    "<at>threatmodel</at> help");
            command.putArray("entities").addObject().put("type", "mention").put("text", "<at>threatmodel</at>")
                    .putObject("mentioned").put("id", FakeTeams.BOT).put("name", "threatmodel");
            assertThat(local.user.sendAnonymous(command).statusCode()).isEqualTo(202);
            dev.threatmodelbot.support.Eventually.until("help answered", () -> local.teams.calls().stream()
                    .anyMatch(c -> c.body().path("text").asText().contains("interviews your engineers")));
            assertThat(local.teams.calls()).allMatch(c -> c.authorization() == null);
            var elsewhere = command.deepCopy().put("serviceUrl", "https://smba.trafficmanager.net/amer/");
            assertThat(local.user.sendAnonymous(elsewhere).statusCode()).isEqualTo(401);
            java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                    .stream().flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
            if (other != null) { // listening on loopback only: another interface is refused
                try (java.net.Socket s = new java.net.Socket()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(
                            new java.net.InetSocketAddress(other, local.service.port()), 1000))
                            .isInstanceOf(java.io.IOException.class);
                }
            }
        }
    }
}
