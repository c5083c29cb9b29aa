package dev.threatmodelbot.support;

import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.List;
import java.util.UUID;

/** Slack: the modal, signed events (the same event id twice for a redelivery), reactions. */
public final class SlackSurface implements Surface {
    private final FakeJira jira = new FakeJira();
    private final Harness h = Harness.start(jira.env());

    @Override
    public String name() {
        return "Slack";
    }

    @Override
    public String alice() {
        return "U0ALICE001";
    }

    @Override
    public String bob() {
        return "U0BOB00001";
    }

    @Override
    public String lead() {
        return "U0SECLEAD1";
    }

    @Override
    public String outsider() {
        return "U0OUTSIDE1";
    }

    @Override
    public void startFromForm(String system, List<String> engineers, String doc) {
        h.startFromForm(lead(), system, engineers, doc);
    }

    @Override
    public List<Session> sessions() {
        return h.sessions();
    }

    @Override
    public void reply(String who, String thread, String text, boolean twice) {
        String event = SlackPayloads.threadReply(who, thread, FakeSlack.nextTs(), text, "Ev" + UUID.randomUUID());
        for (int i = 0; i < (twice ? 2 : 1); i++) {
            if (h.user.event(event).statusCode() != 200) {
                throw new AssertionError("reply not acknowledged");
            }
        }
    }

    @Override
    public void command(String who, String text) {
        h.user.command(who, text);
    }

    @Override
    public void decide(String who, Session s, DraftedThreat threat, Marks.Signal signal) {
        h.user.react(who, threat.messageId().orElseThrow(), Surface.emoji(signal), true);
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
