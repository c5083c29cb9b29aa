package dev.threatmodelbot.support;

import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.List;
import java.util.stream.Collectors;

/** Teams: the start form's card, signed activities (the same activity twice for a redelivery), card buttons. */
public final class TeamsSurface implements Surface {
    private final FakeJira jira = new FakeJira();
    private final TeamsHarness h = TeamsHarness.start(jira.env());

    @Override
    public String name() {
        return "Teams";
    }

    @Override
    public String alice() {
        return TeamsUser.ALICE.id();
    }

    @Override
    public String bob() {
        return TeamsUser.BOB.id();
    }

    @Override
    public String lead() {
        return TeamsUser.CAROL.id();
    }

    @Override
    public String outsider() {
        return TeamsUser.DAVE.id();
    }

    private static TeamsUser.Person person(String id) {
        return TeamsUser.TEAM.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public void startFromForm(String system, List<String> engineers, String doc) {
        String root = h.user.command(person(lead()), "start " + system);
        Eventually.until("form posted", () -> h.teams.calls().stream()
                .anyMatch(c -> c.body().toString().contains("\"verb\":\"start\"")));
        h.user.submitForm(person(lead()), root, "1", FakeTeams.object().put("system", system)
                .put("engineers", engineers.stream().map(e -> person(e).aad()).collect(Collectors.joining(",")))
                .put("lead", person(lead()).aad()).put("doc", doc));
        Eventually.until("first questions", () -> h.sessions().size() == 1 && h.onlySession().questions().stream()
                .filter(q -> q.isOpen() && q.messageId().isPresent()).count() == engineers.size());
    }

    @Override
    public List<Session> sessions() {
        return h.sessions();
    }

    @Override
    public void reply(String who, String thread, String text, boolean twice) {
        var activity = h.user.base("message", FakeTeams.nextId(), person(who), FakeTeams.CHANNEL + ";messageid=" + thread)
                .put("text", text);
        for (int i = 0; i < (twice ? 2 : 1); i++) {
            if (h.user.send(activity).statusCode() != 202) {
                throw new AssertionError("reply not acknowledged");
            }
        }
    }

    @Override
    public void command(String who, String text) {
        h.user.command(person(who), text);
    }

    @Override
    public void decide(String who, Session s, DraftedThreat threat, Marks.Signal signal) {
        String root = s.draft().orElseThrow().rootId().orElseThrow();
        h.user.press(person(who), root, threat.messageId().orElseThrow(), signal.word(),
                FakeTeams.object().put("session", s.id().value()).put("threat", threat.number()));
    }

    @Override
    public FakeJira jira() {
        return jira;
    }

    @Override
    public void close() {
        h.close();
        jira.close();
    }
}
