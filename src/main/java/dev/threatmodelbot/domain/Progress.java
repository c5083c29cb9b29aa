package dev.threatmodelbot.domain;

/**
 * How far the interview has come: closed questions out of all planned ones. A question dropped before
 * it was asked is no longer planned, unless the session was cancelled (then it is work left undone).
 */
public record Progress(int closed, int planned) {

    static Progress of(Session session) {
        int closed = 0;
        int planned = 0;
        for (Question q : session.questions()) {
            if (q.status() == QuestionStatus.HANDED_OVER) {
                continue; // its copy for the new person counts instead
            }
            if (q.status() == QuestionStatus.WITHDRAWN && q.askedAt().isEmpty()
                    && session.state() != SessionState.CANCELLED) {
                continue; // dropped before anyone was asked: the sources answered it, or the budget ran out
            }
            planned++;
            if (q.status().isClosed() && q.status() != QuestionStatus.WITHDRAWN) {
                closed++;
            }
        }
        return new Progress(closed, planned);
    }

    public int percent() {
        return planned == 0 ? 0 : Math.round(100f * closed / planned);
    }

    /** A ten-cell text bar such as {@code ▓▓▓▓░░░░░░ 40%}. */
    public String bar() {
        return bar(percent());
    }

    /** The same bar for any percentage (coverage, too). */
    public static String bar(int percent) {
        int cells = Math.max(0, Math.min(10, percent / 10));
        return "▓".repeat(cells) + "░".repeat(10 - cells) + " " + percent + "%";
    }
}
