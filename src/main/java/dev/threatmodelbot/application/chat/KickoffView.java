package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Progress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Coverage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The session's root message as every surface shows it: who, what, and how far the interview has
 * come. Surfaces lay it out in their own idiom (Slack blocks, a card, a web panel).
 */
public record KickoffView(String system, String id, SessionState state, String requester, String lead,
        List<String> engineers, Optional<LocalDate> deadline, Optional<String> jiraProject, Progress progress,
        int coverage, int parts, int flows, int openTopics) {

    public static KickoffView of(Session s) {
        Coverage c = Judge.of(s);
        return new KickoffView(s.system(), s.id().value(), s.state(), s.requester(), s.lead(), s.engineers(),
                s.deadline(), s.jiraProject(), s.progress(), c.percent(), s.context().components().size(),
                s.context().flows().size(), c.gaps().size());
    }

    public String title() {
        return "Threat model interview: " + system;
    }

    /** One line for notifications and surfaces that show text only. */
    public String summary() {
        return title() + " (" + id + ") — " + progress.percent() + "% of context gathered";
    }

    public String progressLine() {
        return "`" + progress.bar() + "`  (" + progress.closed() + " of " + progress.planned() + " questions)";
    }

    public String coverageLine() {
        return "`" + bar(coverage) + "`  (" + parts + " parts, " + flows + " data flows, " + openTopics
                + " open topics)";
    }

    public String footer() {
        return "Questions and answers live in this thread. `/threatmodel status " + id + "` shows details.";
    }

    /** A ten-cell bar with the percentage after it. */
    public static String bar(int percent) {
        return Progress.bar(percent);
    }

    /** The state in words, with its mark. */
    public static String state(SessionState state) {
        switch (state) {
            case INTERVIEWING:
                return "💬 Interviewing";
            case GATHERED:
                return "✅ Interview complete";
            default:
                return "🚫 Cancelled";
        }
    }

    public static String people(List<String> users) {
        return users.stream().map(Mentions::of).collect(Collectors.joining(", "));
    }
}
