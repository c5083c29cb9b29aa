package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.OwaspLlm;
import static dev.threatmodelbot.adapter.render.ExportText.md;

import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.stream.Collectors;

/** The threats section of the Markdown report: by severity, highest first, each with its review. */
final class MarkdownThreatsExport {
    private MarkdownThreatsExport() {}

    static void threats(StringBuilder s, ExportModel m) {
        s.append("## Threats\n\n");
        if (m.threats().isEmpty()) {
            s.append(m.draft().isEmpty() ? "No threats drafted yet.\n" : "The draft has no threats.\n");
            return;
        }
        List<Severity> levels = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
        for (Severity level : levels) {
            List<DraftedThreat> these = m.threats().stream().filter(t -> t.threat().severity() == level).toList();
            if (!these.isEmpty()) {
                s.append("### ").append(ExportText.words(level)).append(" (").append(these.size()).append(")\n\n");
                these.forEach(t -> threat(s, m, t));
            }
        }
    }

    private static void threat(StringBuilder s, ExportModel m, DraftedThreat dt) {
        Threat t = dt.threat();
        s.append("#### ").append(dt.number()).append(". ").append(md(t.title())).append("\n\n");
        s.append("- **Status:** ").append(md(ExportReview.sentence(dt))).append('\n');
        ratings(s, m, t);
        if (!t.description().isBlank()) {
            s.append(ExportText.mdBlock(t.description())).append("\n\n");
        }
        if (!t.mitigation().isBlank()) {
            s.append("**Mitigation:** ").append(md(t.mitigation())).append("\n\n");
        }
        evidence(s, m, t);
        if (!t.assumptions().isEmpty()) {
            s.append("**Assumes:**\n\n");
            t.assumptions().forEach(a -> s.append("- ").append(md(a)).append('\n'));
            s.append('\n');
        }
    }

    /** Severity, STRIDE, the parts affected and the machine-learning catalogue ids, as a list. */
    private static void ratings(StringBuilder s, ExportModel m, Threat t) {
        s.append("- **Severity:** ").append(ExportText.words(t.severity())).append(" (likelihood ")
                .append(t.likelihood()).append("/3, impact ").append(t.impact()).append("/3) · confidence ")
                .append(t.confidence().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        s.append("- **STRIDE:** ").append(ExportText.ordered(t.stride()).stream().map(ExportText::words)
                .collect(Collectors.joining(", "))).append('\n');
        List<String> affected = m.subjects(t).stream().map(x -> md(m.name(x))).toList();
        if (!affected.isEmpty()) {
            s.append("- **Affects:** ").append(String.join(", ", affected)).append('\n');
        }
        if (!t.owaspLlm().isEmpty()) {
            s.append("- **OWASP Top 10 for LLM:** ").append(md(OwaspLlm.labels(t.owaspLlm()))).append('\n');
        }
        if (!t.atlas().isEmpty()) {
            s.append("- **MITRE ATLAS:** ").append(md(String.join(", ", t.atlas()))).append('\n');
        }
        s.append('\n');
    }

    private static void evidence(StringBuilder s, ExportModel m, Threat t) {
        List<ExportEvidence> evidence = ExportEvidence.of(m, t);
        if (evidence.isEmpty()) {
            return;
        }
        s.append("**Evidence:**\n\n");
        for (ExportEvidence e : evidence) {
            s.append("- ").append(md(e.statement()));
            e.source().ifPresent(src -> source(s, src));
            s.append('\n');
        }
        s.append('\n');
    }

    /** — “quote” (design doc §2) with the permalink when there is one. */
    private static void source(StringBuilder s, Source src) {
        String quote = ExportText.clip(dev.threatmodelbot.domain.Quotes.readable(src.quote()), 300);
        if (!quote.isEmpty()) {
            s.append(" — “").append(md(quote)).append('”');
        }
        s.append(" (").append(md(ExportEvidence.cite(src)));
        ExportEvidence.link(src).ifPresent(l -> s.append(", [link](").append(l).append(')'));
        s.append(')');
    }
}
