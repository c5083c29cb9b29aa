package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.interview.Judge;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.ModelUsage;
import dev.threatmodelbot.domain.Progress;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.Topic;
import dev.threatmodelbot.domain.threat.Decision;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One session's status as {@code /threatmodel status TM-XXXX} shows it: a surface with blocks or cards lays out the
 * fields, one with text only shows {@link #text()}. Strings are in the core's markup, typed text made inert.
 *
 * @param waiting one line per open question: who, about what, since when
 * @param gaps the biggest gaps in coverage, at most six
 * @param counts answered, skipped, not sure, still to ask, comments
 * @param model what the language model did, or that the built-in engine read everything
 * @param draft the current draft's tally, when there is one
 */
public record StatusView(String id, String system, String state, Progress progress, List<String> waiting, int coverage,
        List<String> gaps, int gapsMore, String counts, List<String> documents, String model, Optional<String> draft) {

    private static final int MAX_GAPS = 6;

    public StatusView {
        waiting = List.copyOf(waiting);
        gaps = List.copyOf(gaps);
        documents = List.copyOf(documents);
    }

    public static StatusView of(Session s) {
        List<String> waiting = new ArrayList<>();
        for (Question q : s.questions().stream().filter(Question::isOpen).toList()) {
            StringBuilder line = new StringBuilder(Mentions.of(q.askedTo())).append(": ").append(q.topic());
            q.askedAt().ifPresent(at -> line.append(" — asked ").append(at.atZone(ZoneOffset.UTC).toLocalDate()));
            if (q.reminders() > 0) {
                line.append(" (").append(q.reminders()).append(q.reminders() == 1 ? " reminder)" : " reminders)");
            }
            waiting.add(line.toString());
        }
        Coverage coverage = Judge.of(s);
        List<Topic> open = coverage.gaps();
        List<String> gaps = open.stream().limit(MAX_GAPS).map(t -> Mentions.inert(t.subjectName()) + " — "
                + t.property().words() + " (" + t.rating().name().toLowerCase(java.util.Locale.ROOT) + ": "
                + Mentions.inert(t.reason()) + ")").toList();
        String counts = "Answered " + count(s, QuestionStatus.ANSWERED) + " · skipped " + count(s, QuestionStatus.SKIPPED)
                + " · not sure " + count(s, QuestionStatus.UNSURE) + " · still to ask " + count(s, QuestionStatus.QUEUED)
                + " · comments " + s.comments().size();
        List<String> documents = s.documents().stream().map(d -> Mentions.inert(d.name())).distinct().toList();
        ModelUsage u = s.usage();
        String model = u.calls() > 0 ? "Language model: " + u.calls() + (u.calls() == 1 ? " call" : " calls") + " · "
                + u.tokensIn() + " tokens in · " + u.tokensOut() + " tokens out"
                + (u.failures() > 0 ? " · " + u.failures() + " failed (read by the built-in engine)" : "")
                : "Read by the built-in engine (no language model calls)";
        Optional<String> draft = s.draft().map(d -> {
            var tally = d.tally();
            return "Draft v" + d.version() + ": " + d.threats().size() + " threats · "
                    + tally.getOrDefault(Decision.Kind.APPROVED, 0L) + " approved · "
                    + tally.getOrDefault(Decision.Kind.REJECTED, 0L) + " rejected · "
                    + tally.getOrDefault(Decision.Kind.DISCUSS, 0L) + " to discuss · "
                    + tally.getOrDefault(Decision.Kind.PENDING, 0L) + " pending · "
                    + d.threats().stream().filter(t -> t.ticket().isPresent()).count() + " filed as tickets";
        });
        return new StatusView(s.id().value(), Mentions.inert(s.system()), KickoffView.state(s.state()), s.progress(),
                waiting, coverage.percent(), gaps, Math.max(0, open.size() - MAX_GAPS), counts, documents, model, draft);
    }

    /** "`TM-ABCD` · Payments": the line a card shows as its title. */
    public String title() {
        return "`" + id + "` · " + system;
    }

    /** "`▓▓▓░░░░░░░ 30%` (3 of 10 questions)". */
    public String progressLine() {
        return "`" + progress.bar() + "` (" + progress.closed() + " of " + progress.planned() + " questions)";
    }

    public String coverageLine() {
        return "`" + KickoffView.bar(coverage) + "`";
    }

    /** The whole status as one message, for surfaces that show text. */
    public String text() {
        StringBuilder out = new StringBuilder("*" + title() + "* — " + state).append("\nContext gathered: ")
                .append(progressLine());
        if (!waiting.isEmpty()) {
            out.append("\n*Waiting for*");
            waiting.forEach(w -> out.append("\n• ").append(w));
        }
        out.append("\nThreat-model coverage: ").append(coverageLine());
        if (!gaps.isEmpty()) {
            out.append("\n*Biggest gaps*");
            gaps.forEach(g -> out.append("\n• ").append(g));
            if (gapsMore > 0) {
                out.append("\n…and ").append(gapsMore).append(" more");
            }
        }
        out.append("\n").append(counts);
        if (!documents.isEmpty()) {
            out.append("\nShared docs: ").append(String.join(", ", documents));
        }
        out.append("\n").append(model);
        draft.ifPresent(d -> out.append("\n").append(d));
        return out.toString();
    }

    private static long count(Session s, QuestionStatus status) {
        return s.questions().stream().filter(q -> q.status() == status).count();
    }
}
