package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.threat.Threat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The strict threat benchmark as Markdown: totals, then every pair and every miss of each case. */
final class StrictReport {
    private StrictReport() {}

    static String render(String command, String drafter, double threshold, List<StrictCase> cases) {
        StringBuilder s = new StringBuilder("# Drafted threats against the eval answer keys: strict recall and precision\n\n");
        s.append("- Date: ").append(Instant.now()).append('\n')
                .append("- Command: `").append(command).append("`\n")
                .append("- Engine: ").append(drafter).append("; each `eval/cases/<case>/design.md` pasted in the start ")
                .append("form and drafted as the service does (lead's `draft` twice), in process\n")
                .append("- Threats scored: what the draft posts (threats citing a fact or a data flow, highest severity ")
                .append("first, at most 30); threats resting on silence alone are not posted (the root lists them as ")
                .append("assumptions to confirm, one line per topic) and are not scored\n")
                .append("- Match (strict): one of the drafted threat's parts is one of the key's elements for the ")
                .append("ground-truth threat (a part is an element when its name or alias equals one of the key's ")
                .append("names for it; an attack chain counts only as its first part) **and** its attack class is ")
                .append("the key's class or `also` class. Keys: ")
                .append("`bench/answer-keys/` (written from the design text and ground truth only)\n")
                .append("- Old rule, for one release: STRIDE overlap and all-MiniLM-L6-v2 cosine ≥ ")
                .append(String.format(Locale.ROOT, "%.2f", threshold))
                .append(" on the same posted threats. It accepts pairs that are not the same threat; do not read it as quality\n")
                .append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\n\n");
        totals(s, cases);
        model(s, cases);
        for (StrictCase c : cases) {
            detail(s, c);
        }
        return s.toString();
    }

    private static void totals(StringBuilder s, List<StrictCase> cases) {
        s.append("## Results\n\n| case | posted | held back | assumption topics | ground truth | strict recall | ")
                .append("strict precision | cosine recall (old) | cosine precision (old) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int posted = 0;
        int truth = 0;
        int mt = 0;
        int md = 0;
        int ct = 0;
        int cd = 0;
        for (StrictCase c : cases) {
            int n = c.posted().size();
            int g = c.key().threats().size();
            s.append("| ").append(c.name()).append(" | ").append(n).append(" | ").append(c.held())
                    .append(" | ").append(c.assumed()).append(" | ").append(g).append(" | ")
                    .append(ratio(c.matchedTruth().size(), g)).append(" | ").append(ratio(c.matchedDrafted().size(), n))
                    .append(" | ").append(ratio(c.cosineTruth(), g)).append(" | ").append(ratio(c.cosineDrafted(), n))
                    .append(" |\n");
            posted += n;
            truth += g;
            mt += c.matchedTruth().size();
            md += c.matchedDrafted().size();
            ct += c.cosineTruth();
            cd += c.cosineDrafted();
        }
        s.append("| **all** | ").append(posted).append(" | | | ").append(truth).append(" | **").append(ratio(mt, truth))
                .append("** | **").append(ratio(md, posted)).append("** | ").append(ratio(ct, truth)).append(" | ")
                .append(ratio(cd, posted)).append(" |\n\n")
                .append("*Strict recall*: ground-truth threats matched by a posted threat / all. *Strict precision*: ")
                .append("posted threats matching some ground-truth threat / all posted. *all* pools the cases. ")
                .append("*Held back*: grounded threats beyond the cap, named in the draft's root. *Assumption topics*: ")
                .append("lines of the root's *Assumptions to confirm* (rule hits resting on silence alone, one per topic).\n\n");
    }

    private static void model(StringBuilder s, List<StrictCase> cases) {
        s.append("## Parts and flows read\n\n| case | parts read | phantom | key elements | missed | key flows | ")
                .append("found | reversed |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        int parts = 0;
        int phantom = 0;
        int flows = 0;
        int found = 0;
        for (StrictCase c : cases) {
            StrictMatching m = c.matching();
            int p = c.model().components().size();
            s.append("| ").append(c.name()).append(" | ").append(p).append(" | ").append(ratio(m.phantoms().size(), p))
                    .append(" | ").append(c.key().elements().size()).append(" | ").append(m.missedElements().size())
                    .append(" | ").append(c.key().flows().size()).append(" | ")
                    .append(ratio(m.foundFlows().size(), c.key().flows().size())).append(" | ")
                    .append(m.reversedFlows().size()).append(" |\n");
            parts += p;
            phantom += m.phantoms().size();
            flows += c.key().flows().size();
            found += m.foundFlows().size();
        }
        s.append("| **all** | ").append(parts).append(" | **").append(ratio(phantom, parts)).append("** | | | ")
                .append(flows).append(" | **").append(ratio(found, flows)).append("** | |\n\n")
                .append("*Phantom*: a part read that is none of the key's elements by name or alias (a screen, a role, ")
                .append("a document, or a real part the key spells differently; the lists below say which). ")
                .append("*Found*: a flow read between the two key elements in the key's direction.\n\n");
    }

    private static void detail(StringBuilder s, StrictCase c) {
        StrictMatching m = c.matching();
        s.append("## ").append(c.name()).append("\n\n### Matched pairs\n\n");
        if (c.pairs().isEmpty()) {
            s.append("None.\n");
        }
        for (StrictMatching.Pair p : c.pairs()) {
            s.append("- ").append(p.truth().id()).append(" (").append(p.truth().attack()).append(" on ")
                    .append(names(m, p.truth().elements())).append(") ← ").append(line(p.drafted(), m)).append('\n');
        }
        s.append("\n### Ground-truth threats not matched\n\n");
        Set<String> matched = c.matchedTruth();
        for (AnswerKey.KeyThreat k : c.key().threats()) {
            if (matched.contains(k.id())) {
                continue;
            }
            List<String> near = c.posted().stream().filter(t -> m.elements(t).stream().anyMatch(k.elements()::contains))
                    .map(Threat::attack).distinct().toList();
            s.append("- ").append(k.id()).append(" (").append(k.attack()).append(" on ").append(names(m, k.elements()))
                    .append("): ").append(cell(k.why())).append(near.isEmpty() ? " — nothing posted on these parts"
                            : " — posted on these parts: " + String.join(", ", near)).append('\n');
        }
        s.append("\n### Posted threats matching nothing\n\n");
        Set<String> used = c.matchedDrafted();
        c.posted().stream().filter(t -> !used.contains(t.id())).forEach(t -> s.append("- ").append(line(t, m)).append('\n'));
        s.append("\n### Parts read that are no key element\n\n")
                .append(list(m.phantoms().stream().map(p -> p.name() + " [" + p.kind() + "]").toList()))
                .append("\n### Key elements not read\n\n")
                .append(list(m.missedElements().stream().map(AnswerKey.Element::name).toList()))
                .append("\n### Key flows not read\n\n");
        Set<AnswerKey.KeyFlow> found = Set.copyOf(m.foundFlows());
        Set<AnswerKey.KeyFlow> reversed = Set.copyOf(m.reversedFlows());
        s.append(list(c.key().flows().stream().filter(f -> !found.contains(f))
                .map(f -> m.nameOf(f.from()) + " → " + m.nameOf(f.to()) + (reversed.contains(f) ? " (read reversed)" : ""))
                .toList())).append('\n');
    }

    private static String line(Threat t, StrictMatching m) {
        return t.severity().name().toLowerCase(Locale.ROOT) + " · " + t.attack() + " · "
                + (m.elements(t).isEmpty() ? "(no key element)" : names(m, List.copyOf(m.elements(t)))) + " · "
                + cell(t.title());
    }

    private static String names(StrictMatching m, List<String> ids) {
        return ids.stream().map(m::nameOf).collect(Collectors.joining(", "));
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "None.\n" : items.stream().map(i -> "- " + cell(i) + "\n").collect(Collectors.joining());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String ratio(int a, int b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.0f%%", a, b, 100.0 * a / b);
    }
}
