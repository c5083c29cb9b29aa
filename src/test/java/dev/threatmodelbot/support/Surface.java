package dev.threatmodelbot.support;

import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.List;

/**
 * One surface as a scenario drives it: the real service with that surface on, its people, and each step done the
 * way that surface's users do it (Slack's modal and reactions, Teams' card buttons, the workspace page's requests).
 * What happened is read from the session store, the same for every surface.
 */
public interface Surface extends AutoCloseable {
    String name();

    /** Alice, Bob (engineers), the security lead and someone else in the channel, as this surface names them. */
    String alice();

    String bob();

    String lead();

    String outsider();

    /** The lead starts an interview through the surface's start form. */
    void startFromForm(String system, List<String> engineers, String doc);

    List<Session> sessions();

    /** A reply in the thread whose root is {@code thread}; with {@code twice} the platform delivers it twice. */
    void reply(String who, String thread, String text, boolean twice);

    /** A command as the surface takes it ({@code draft TM-XXXX}). */
    void command(String who, String text);

    /** A review decision on a drafted threat, the way the surface offers it. */
    void decide(String who, Session s, DraftedThreat threat, Marks.Signal signal);

    FakeJira jira();

    @Override
    void close();

    /** The emoji name Slack and the workspace page react with for a review signal. */
    static String emoji(Marks.Signal signal) {
        return switch (signal) {
            case APPROVE -> "white_check_mark";
            case REJECT -> "x";
            case DISCUSS -> "thinking_face";
            default -> "rocket";
        };
    }

    default Session onlySession() {
        List<Session> all = sessions();
        if (all.size() != 1) {
            throw new AssertionError("expected one session, found " + all.size());
        }
        return all.get(0);
    }
}
