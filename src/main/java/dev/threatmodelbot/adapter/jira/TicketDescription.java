package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.adapter.jira.Block.Bullets;
import dev.threatmodelbot.adapter.jira.Block.Heading;
import dev.threatmodelbot.adapter.jira.Block.Paragraph;
import dev.threatmodelbot.adapter.jira.Block.Span;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a threat's ticket says, in this order: the threat, its rating and mapping, the evidence it
 * rests on with where each piece was said, its assumptions, the mitigation, and the way back to the
 * review thread.
 */
final class TicketDescription {
    private static final int QUOTE_CHARS = 300;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TicketDescription() {}

    static List<Block> of(Session session, DraftedThreat drafted, String reviewLink) {
        Threat t = drafted.threat();
        ThreatSubjects subjects = new ThreatSubjects(session.context());
        List<Block> blocks = new ArrayList<>();
        JiraText.paragraphs(t.description()).forEach(p -> blocks.add(new Paragraph(List.of(Span.plain(p)))));
        blocks.add(new Bullets(details(t, subjects, drafted.decisions())));
        List<List<Span>> evidence = subjects.evidence(t).stream().map(TicketDescription::evidence).toList();
        section(blocks, "Evidence", evidence);
        section(blocks, "Assumptions", t.assumptions().stream().map(a -> List.of(Span.plain(a))).toList());
        List<String> mitigation = JiraText.paragraphs(t.mitigation());
        if (!mitigation.isEmpty()) {
            blocks.add(new Heading("Mitigation"));
            mitigation.forEach(p -> blocks.add(new Paragraph(List.of(Span.plain(p)))));
        }
        JiraText.webLink(reviewLink).ifPresent(l -> blocks.add(new Paragraph(List.of(Span.link("Review thread", l)))));
        return blocks;
    }

    private static List<List<Span>> details(Threat t, ThreatSubjects subjects, List<Decision> decisions) {
        List<List<Span>> items = new ArrayList<>();
        items.add(item("Severity:", words(t.severity().name()) + " (likelihood " + t.likelihood() + " × impact "
                + t.impact() + ")"));
        items.add(item("STRIDE:", String.join(", ", Arrays.stream(Stride.values()).filter(t.stride()::contains)
                .map(s -> words(s.name())).toList())));
        List<String> affected = subjects.affected(t);
        if (!affected.isEmpty()) {
            items.add(item("Affects:", String.join(", ", affected)));
        }
        items.add(item("Confidence:", words(t.confidence().name())));
        if (!t.owaspLlm().isEmpty()) {
            items.add(item("OWASP Top 10 for LLM:", OwaspLlm.labels(t.owaspLlm())));
        }
        if (!t.atlas().isEmpty()) {
            items.add(item("MITRE ATLAS:", String.join(", ", t.atlas())));
        }
        if (!decisions.isEmpty()) {
            Decision d = decisions.get(decisions.size() - 1);
            items.add(item("Decision:", words(d.kind().name()) + " by " + d.by() + " on " + minute(d.at())));
        }
        return items;
    }

    /** "Transport of API → DB: plain — answer by UA on 2026-11-18 10:30 UTC: “the DB hop is plain”". */
    private static List<Span> evidence(ThreatSubjects.Evidence e) {
        List<Span> spans = new ArrayList<>(List.of(Span.plain(e.statement())));
        e.source().ifPresent(s -> {
            spans.add(Span.plain(" — "));
            String where = where(s);
            spans.add(s.link().flatMap(JiraText::httpsLink).map(l -> Span.link(where, l))
                    .orElseGet(() -> Span.plain(where)));
            String quote = JiraText.clip(s.quote(), QUOTE_CHARS);
            if (!quote.isEmpty()) {
                spans.add(Span.plain(": “" + quote + "”"));
            }
        });
        return spans;
    }

    /** "design doc §2 Architecture", "answer by UA on 2026-11-18 10:30 UTC". */
    private static String where(Source s) {
        if (s.kind() == Source.Kind.DOC) {
            return "design doc " + JiraText.line(s.reference());
        }
        return "answer by " + s.author().orElse("an engineer") + s.at().map(at -> " on " + minute(at)).orElse("");
    }

    private static void section(List<Block> blocks, String title, List<List<Span>> items) {
        if (!items.isEmpty()) {
            blocks.add(new Heading(title));
            blocks.add(new Bullets(items));
        }
    }

    private static List<Span> item(String label, String text) {
        return List.of(Span.strong(label), Span.plain(" " + text));
    }

    /** "CRITICAL" → "Critical", "INFORMATION_DISCLOSURE" → "Information disclosure". */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String minute(Instant at) {
        return MINUTE.format(at);
    }
}
