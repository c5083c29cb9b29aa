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

/** The texts of {@code /threatmodel status} and {@code help}, in the core's markup (mention tokens, typed text inert). */
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
                    + "file",
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

    public static String detail(Session s) {
        Progress p = s.progress();
        StringBuilder out = new StringBuilder("*`" + s.id() + "` · " + Mentions.inert(s.system()) + "* — " + KickoffView.state(s.state()))
                .append("\nContext gathered: `").append(p.bar()).append("` (").append(p.closed()).append(" of ")
                .append(p.planned()).append(" questions)");
        List<Question> open = s.questions().stream().filter(Question::isOpen).toList();
        if (!open.isEmpty()) {
            out.append("\n*Waiting for*");
            for (Question q : open) {
                out.append("\n• ").append(Mentions.of(q.askedTo())).append(": ").append(q.topic());
                q.askedAt().ifPresent(at -> out.append(" — asked ").append(at.atZone(ZoneOffset.UTC).toLocalDate()));
                if (q.reminders() > 0) {
                    out.append(" (").append(q.reminders()).append(q.reminders() == 1 ? " reminder)" : " reminders)");
                }
            }
        }
        Coverage coverage = Judge.of(s);
        out.append("\nThreat-model coverage: `").append(KickoffView.bar(coverage.percent())).append("`");
        List<Topic> gaps = coverage.gaps();
        if (!gaps.isEmpty()) {
            out.append("\n*Biggest gaps*");
            gaps.stream().limit(6).forEach(t -> out.append("\n• ").append(Mentions.inert(t.subjectName()))
                    .append(" — ").append(t.property().words()).append(" (").append(t.rating().name()
                            .toLowerCase(java.util.Locale.ROOT)).append(": ").append(Mentions.inert(t.reason()))
                    .append(")"));
            if (gaps.size() > 6) {
                out.append("\n…and ").append(gaps.size() - 6).append(" more");
            }
        }
        out.append("\nAnswered ").append(count(s, QuestionStatus.ANSWERED)).append(" · skipped ")
                .append(count(s, QuestionStatus.SKIPPED)).append(" · not sure ").append(count(s, QuestionStatus.UNSURE))
                .append(" · still to ask ").append(count(s, QuestionStatus.QUEUED)).append(" · comments ")
                .append(s.comments().size());
        if (!s.documents().isEmpty()) {
            out.append("\nShared docs: ").append(s.documents().stream().map(d -> Mentions.inert(d.name()))
                    .distinct().collect(java.util.stream.Collectors.joining(", ")));
        }
        ModelUsage u = s.usage();
        if (u.calls() > 0) {
            out.append("\nLanguage model: ").append(u.calls()).append(u.calls() == 1 ? " call" : " calls")
                    .append(" · ").append(u.tokensIn()).append(" tokens in · ").append(u.tokensOut())
                    .append(" tokens out");
            if (u.failures() > 0) {
                out.append(" · ").append(u.failures()).append(" failed (read by the built-in engine)");
            }
        } else {
            out.append("\nRead by the built-in engine (no language model calls)");
        }
        s.draft().ifPresent(d -> {
            var tally = d.tally();
            out.append("\nDraft v").append(d.version()).append(": ").append(d.threats().size()).append(" threats · ")
                    .append(tally.getOrDefault(Decision.Kind.APPROVED, 0L)).append(" approved · ")
                    .append(tally.getOrDefault(Decision.Kind.REJECTED, 0L)).append(" rejected · ")
                    .append(tally.getOrDefault(Decision.Kind.DISCUSS, 0L)).append(" to discuss · ")
                    .append(tally.getOrDefault(Decision.Kind.PENDING, 0L)).append(" pending · ")
                    .append(d.threats().stream().filter(t -> t.ticket().isPresent()).count())
                    .append(" filed as tickets");
        });
        return out.toString();
    }

    private static long count(Session s, QuestionStatus status) {
        return s.questions().stream().filter(q -> q.status() == status).count();
    }
}
