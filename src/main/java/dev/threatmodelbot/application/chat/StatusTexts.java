package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Progress;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.ModelUsage;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.Topic;
import dev.threatmodelbot.domain.threat.Decision;
import java.time.ZoneOffset;
import java.util.List;

/** The texts of {@code /threatmodel status} for a channel and of {@code help}, in the core's markup ({@link StatusView} is one session's). */
public final class StatusTexts {
    public static final String HELP = String.join("\n",
            "*threatmodel-bot* interviews your engineers in a thread and drafts a threat model.",
            "• `/threatmodel start` — open the form to start an interview here",
            "• `/threatmodel start Payments API @alice @bob lead:@carol` — start straight away "
                    + "(optional `jira:SEC` and `deadline:2026-12-31`; the lead defaults to you)",
            "• `/threatmodel status` — interviews in this channel; `/threatmodel status TM-XXXX` — one in detail",
            "• `/threatmodel draft TM-XXXX` — stop asking and post the summary now; once summarised, draft the "
                    + "threat model for review (security lead only)",
            "• `/threatmodel export TM-XXXX` — file each approved threat as a Jira ticket (once) and attach the "
                    + "model as files in the draft's thread (security lead only; {mark:export} on the draft does the same); "
                    + "add `jira` for the tickets only, or `markdown`, `threagile`, `otm` or `threat-composer` for one "
                    + "file (`threagile-classic` for Threagile's 1.0.0 releases)",
            "• In a draft's thread the security lead reviews with {mark:approve} / {mark:reject} / {mark:discuss} on each "
                    + "threat and changes one by replying `#3 severity high`, `#3 mitigation: …` or `#3 <a note>`",
            "• `/threatmodel cancel TM-XXXX` — stop an interview (requester or security lead only)",
            "• `/threatmodel help` — this text",
            "Engineers answer in the interview's thread; they can reply `skip`, `not sure` or `ask @someone`.");

    private StatusTexts() {}

    public static String channel(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return "No threat-model interviews in this channel yet. Start one with `/threatmodel start`.";
        }
        StringBuilder out = new StringBuilder("*Threat-model interviews in this channel*");
        for (Session s : sessions) {
            out.append("\n• `").append(s.id()).append("` *").append(Mentions.inert(s.system())).append("* — ")
                    .append(KickoffView.state(s.state())).append(" · `").append(s.progress().bar())
                    .append("` · lead ").append(Mentions.of(s.lead())).append(" · started ")
                    .append(s.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
        return out.toString();
    }
}
