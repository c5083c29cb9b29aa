package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.ExportText.md;

import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The threat model as a report people read: what the system is made of, how data moves, the trust
 * boundaries, the assumptions, then every drafted threat by severity with the lead's decision and
 * its evidence. Text people typed is escaped so it cannot turn into links, HTML or formatting.
 */
final class MarkdownExport {
    private MarkdownExport() {}

    static String of(ExportModel m) {
        StringBuilder s = new StringBuilder();
        header(s, m);
        parts(s, m);
        flows(s, m);
        boundaries(s, m);
        assumptions(s, m);
        MarkdownThreatsExport.threats(s, m);
        return s.toString();
    }

    private static void header(StringBuilder s, ExportModel m) {
        s.append("# Threat model — ").append(md(m.system())).append(" (").append(m.version()).append(")\n\n");
        s.append("- Session: ").append(md(m.sessionId())).append('\n');
        s.append(m.draft().isPresent() ? "- Drafted: " : "- Started: ").append(m.date()).append(" (UTC)\n");
        s.append("- Security lead: ").append(md(m.session().lead()))
                .append(" · requested by ").append(md(m.session().requester())).append('\n');
        String doc = ExportText.oneLine(m.session().designDoc());
        if (!doc.isEmpty()) {
            boolean link = doc.matches("https://[^\\s<>]+");
            int words = doc.split(" ").length;
            s.append("- Design doc: ").append(link ? "<" + doc + ">" : "pasted in the start form (" + words
                    + (words == 1 ? " word" : " words") + ")").append('\n');
        }
        m.session().documents().forEach(d -> s.append(d.importsModel() ? "- Imported model: " : "- Shared doc: ")
                .append(md(d.name())).append(d.importsModel() ? " (" + md(d.model()) + ")" : "").append('\n'));
        m.draft().flatMap(d -> d.changes()).ifPresent(c -> s.append("- Changes: ").append(md(c)).append('\n'));
        s.append("- Threats: ").append(tally(m)).append("\n\n");
    }

    private static String tally(ExportModel m) {
        if (m.draft().isEmpty()) {
            return "none drafted yet";
        }
        Map<Decision.Kind, Long> t = m.draft().orElseThrow().tally();
        return m.threats().size() + " — " + t.getOrDefault(Decision.Kind.APPROVED, 0L) + " approved, "
                + t.getOrDefault(Decision.Kind.REJECTED, 0L) + " rejected, "
                + t.getOrDefault(Decision.Kind.DISCUSS, 0L) + " to discuss, "
                + t.getOrDefault(Decision.Kind.PENDING, 0L) + " pending";
    }

    private static void parts(StringBuilder s, ExportModel m) {
        s.append("## Parts\n\n");
        if (m.parts().isEmpty()) {
            s.append("No parts named yet.\n\n");
            return;
        }
        s.append("| Part | Kind | Technology | Trust zone |\n|---|---|---|---|\n");
        for (ExportPart p : m.parts()) {
            s.append("| ").append(md(p.name())).append(" | ").append(md(p.kindWords())).append(" | ")
                    .append(p.technology().isEmpty() ? "—" : md(p.technology())).append(" | ")
                    .append(p.zone().label()).append(" |\n");
        }
        s.append('\n');
    }

    private static void flows(StringBuilder s, ExportModel m) {
        s.append("## Data flows\n\n");
        if (m.flows().isEmpty()) {
            s.append("No data flows named yet.\n\n");
            return;
        }
        s.append("| From | To | What | Transport |\n|---|---|---|---|\n");
        for (DataFlow f : m.flows()) {
            String what = ExportText.oneLine(dev.threatmodelbot.domain.Quotes.readable(f.description()));
            s.append("| ").append(md(m.name(f.source()))).append(" | ").append(md(m.name(f.target()))).append(" | ")
                    .append(what.isEmpty() ? "—" : md(what)).append(" | ").append(transport(m, f)).append(" |\n");
        }
        s.append('\n');
    }

    /** "plain (design doc §2 Architecture); TLS (answer by U1 …)", or "not stated". */
    private static String transport(ExportModel m, DataFlow f) {
        List<Fact> facts = m.facts(f.id(), Property.TRANSPORT);
        if (facts.isEmpty()) {
            return "not stated";
        }
        String said = facts.stream().map(x -> md(x.value()) + " (" + md(ExportEvidence.cite(x.source())) + ")")
                .distinct().collect(Collectors.joining("; "));
        return (Transport.of(f.id(), m.context()).disputed() ? "**disputed:** " : "") + said;
    }

    private static void boundaries(StringBuilder s, ExportModel m) {
        if (m.parts().isEmpty()) {
            return;
        }
        s.append("## Trust boundaries\n\nFrom what sources say about each part's exposure.\n\n");
        for (Zone zone : Zone.values()) {
            List<String> names = m.parts().stream().filter(p -> p.zone() == zone).map(p -> md(p.name())).toList();
            if (!names.isEmpty()) {
                s.append("- **").append(zone.label()).append("**: ").append(String.join(", ", names)).append('\n');
            }
        }
        s.append('\n');
    }

    private static void assumptions(StringBuilder s, ExportModel m) {
        Map<String, TreeSet<Integer>> threatsByAssumption = new LinkedHashMap<>();
        for (DraftedThreat t : m.threats()) {
            t.threat().assumptions().stream().map(ExportText::oneLine).filter(a -> !a.isEmpty())
                    .forEach(a -> threatsByAssumption.computeIfAbsent(a, k -> new TreeSet<>()).add(t.number()));
        }
        s.append("## Assumptions\n\n");
        if (threatsByAssumption.isEmpty()) {
            s.append("None: the threats rest on what sources said.\n\n");
            return;
        }
        threatsByAssumption.forEach((a, numbers) -> s.append("- ").append(md(a)).append(" (threat")
                .append(numbers.size() > 1 ? "s " : " ")
                .append(numbers.stream().map(n -> "#" + n).collect(Collectors.joining(", "))).append(")\n"));
        s.append('\n');
    }
}
