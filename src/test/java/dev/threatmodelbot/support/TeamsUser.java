package dev.threatmodelbot.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * People in a Teams channel, as the service sees them: activities shaped like Teams' (see
 * {@code samples/teams/}), each signed as Bot Framework signs them and posted to {@code /api/messages}.
 */
public final class TeamsUser {
    /** A person: Teams id, display name and directory (AAD) object id. */
    public record Person(String id, String name, String aad) {
        public String at() {
            return "<at>" + name + "</at>";
        }
    }

    public static final Person ALICE = new Person("29:1AliceUserIdAbc", "Alice Example",
            "aaaaaaaa-0000-4000-8000-000000000001");
    public static final Person BOB = new Person("29:1BobUserIdDef", "Bob Example", "aaaaaaaa-0000-4000-8000-000000000003");
    public static final Person CAROL = new Person("29:1CarolLeadIdGhi", "Carol Lead",
            "aaaaaaaa-0000-4000-8000-000000000002");
    public static final Person DAVE = new Person("29:1DaveOutsiderJkl", "Dave Outsider",
            "aaaaaaaa-0000-4000-8000-000000000004");
    /** Everyone in the team, for the connector's member lookup. */
    public static final java.util.List<Person> TEAM = java.util.List.of(ALICE, BOB, CAROL, DAVE);
    private static final Person BOT = new Person(FakeTeams.BOT, "threatmodel", "");

    private final int port;
    private final String serviceUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public TeamsUser(int port, String serviceUrl) {
        this.port = port;
        this.serviceUrl = serviceUrl;
    }

    /** A new post in the channel mentioning the bot; returns its id (the root of its own thread). */
    public String command(Person from, String text, Person... mentioned) {
        String id = nextId();
        ObjectNode a = base("message", id, from, FakeTeams.CHANNEL + ";messageid=" + id);
        a.put("text", BOT.at() + " " + text);
        ArrayNode entities = a.putArray("entities");
        mention(entities, BOT);
        for (Person p : mentioned) {
            mention(entities, p);
        }
        send(a);
        return id;
    }

    /** A reply in the thread of {@code root}; returns its id. */
    public String reply(Person from, String root, String text, Person... mentioned) {
        String id = nextId();
        ObjectNode a = base("message", id, from, FakeTeams.CHANNEL + ";messageid=" + root);
        a.put("text", text);
        ArrayNode entities = a.putArray("entities");
        for (Person p : mentioned) {
            mention(entities, p);
        }
        expectOk(send(a));
        return id;
    }

    public HttpResponse<String> reaction(Person from, String root, String message, String type, boolean added) {
        ObjectNode a = base("messageReaction", "r" + nextId(), from, FakeTeams.CHANNEL + ";messageid=" + root);
        a.put("replyToId", message);
        a.putArray(added ? "reactionsAdded" : "reactionsRemoved").addObject().put("type", type);
        return send(a);
    }

    /** A press on a card's {@code Action.Execute} button; returns the invoke's answer. */
    public HttpResponse<String> press(Person from, String root, String message, String verb, ObjectNode data) {
        ObjectNode a = base("invoke", "i" + nextId(), from, FakeTeams.CHANNEL + ";messageid=" + root);
        a.put("name", "adaptiveCard/action");
        a.put("replyToId", message);
        ObjectNode value = a.putObject("value");
        value.putObject("action").put("type", "Action.Execute").put("verb", verb).set("data", data);
        value.put("trigger", "manual");
        return send(a);
    }

    /** The start form's Start button pressed with these fields (pickers give directory ids, comma-separated). */
    public HttpResponse<String> submitForm(Person from, String root, String formMessage, ObjectNode fields) {
        return press(from, root, formMessage, "start", fields.put("requester", from.id()));
    }

    /** The start action from the compose box: {@code composeExtension/fetchTask}, or its dialog submitted. */
    public HttpResponse<String> startAction(Person from, ObjectNode submitted) {
        ObjectNode a = base("invoke", "i" + nextId(), from, FakeTeams.CHANNEL);
        a.put("name", submitted == null ? "composeExtension/fetchTask" : "composeExtension/submitAction");
        ObjectNode value = a.putObject("value").put("commandId", "start").put("commandContext", "compose");
        if (submitted != null) {
            value.set("data", submitted);
        }
        return send(a);
    }

    public HttpResponse<String> edit(Person from, String root, String message, String text) {
        ObjectNode a = base("messageUpdate", message, from, FakeTeams.CHANNEL + ";messageid=" + root);
        a.put("text", text);
        a.putObject("channelData").put("eventType", "editMessage");
        return send(a);
    }

    /** An activity Teams would send, for tests that change it before sending. */
    public ObjectNode base(String type, String id, Person from, String conversation) {
        ObjectNode a = FakeTeams.object();
        a.put("type", type);
        a.put("id", id);
        a.put("timestamp", Instant.now().toString());
        a.put("channelId", "msteams");
        a.put("serviceUrl", serviceUrl);
        a.putObject("from").put("id", from.id()).put("name", from.name()).put("aadObjectId", from.aad());
        a.putObject("conversation").put("id", conversation).put("isGroup", true).put("conversationType", "channel")
                .put("tenantId", FakeTeams.TENANT);
        a.putObject("recipient").put("id", BOT.id()).put("name", BOT.name());
        ObjectNode data = a.putObject("channelData");
        data.put("teamsChannelId", FakeTeams.CHANNEL).put("teamsTeamId", FakeTeams.TEAM);
        data.putObject("channel").put("id", FakeTeams.CHANNEL);
        data.putObject("team").put("id", FakeTeams.TEAM);
        data.putObject("tenant").put("id", FakeTeams.TENANT);
        return a;
    }

    /** An activity sent as the Agents Playground sends it: without a token. */
    public HttpResponse<String> sendAnonymous(ObjectNode activity) {
        return send(activity.toString(), null);
    }

    public HttpResponse<String> send(ObjectNode activity) {
        return send(activity.toString(), "Bearer " + FakeTeams.token(FakeTeams.APP_ID, serviceUrl,
                Instant.now().plusSeconds(3600), true));
    }

    public HttpResponse<String> send(String body, String authorization) {
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                req.header("Authorization", authorization);
            }
            return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public String serviceUrl() {
        return serviceUrl;
    }

    public static String nextId() {
        return FakeTeams.nextId();
    }

    private static void mention(ArrayNode entities, Person p) {
        ObjectNode m = entities.addObject();
        m.put("type", "mention");
        m.put("text", p.at());
        m.putObject("mentioned").put("id", p.id()).put("name", p.name());
    }

    private static void expectOk(HttpResponse<String> r) {
        if (r.statusCode() != 202) {
            throw new AssertionError("Teams activity refused: " + r.statusCode() + " " + r.body());
        }
    }
}
