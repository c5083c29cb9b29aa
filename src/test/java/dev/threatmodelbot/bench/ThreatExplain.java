package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Locale;

/** What {@code --explain} prints to stderr: the drafted threats, the closest pairs and the score histogram. */
final class ThreatExplain {
    private static final int TOP_PAIRS = 30;

    private ThreatExplain() {}

    static String render(ThreatCaseResult r, double threshold) {
        ThreatScores s = r.scores();
        StringBuilder out = new StringBuilder("--- " + r.caseName() + ": drafted threats\n");
        List<Threat> drafted = s.drafted();
        for (int d = 0; d < drafted.size(); d++) {
            Threat t = drafted.get(d);
            out.append(String.format(Locale.ROOT, "D%-3d %-8s %-6s %-4s %-34s %s%n", d + 1, t.severity(),
                    t.confidence(), ThreatReport.letters(t.stride()), t.rule(), ThreatReport.shorten(t.title(), 90)));
        }
        out.append("--- ").append(r.caseName()).append(": closest STRIDE-compatible pairs (* = match)\n");
        s.pairs().stream().filter(ThreatScores.Pair::strideCompatible).limit(TOP_PAIRS).forEach(p -> out.append(
                String.format(Locale.ROOT, "%.3f %s %-14s %-4s %-60s | %s%n", p.similarity(),
                        p.similarity() >= threshold ? "*" : " ", p.truth().id(), ThreatReport.letters(p.truth().stride()),
                        ThreatReport.shorten(p.truth().text(), 60), ThreatReport.shorten(p.drafted().title(), 60))));
        out.append("--- ").append(r.caseName()).append(": nearest drafted threat of each ground-truth threat\n");
        for (int g = 0; g < s.truth().size(); g++) {
            ThreatGroundTruth truth = s.truth().get(g);
            String nearest = s.nearestCompatible(g).map(p -> String.format(Locale.ROOT, "%.3f %s", p.similarity(),
                    ThreatReport.shorten(p.drafted().title(), 60))).orElse("-");
            out.append(String.format(Locale.ROOT, "%-14s %-4s %-60s -> %s%n", truth.id(),
                    ThreatReport.letters(truth.stride()), ThreatReport.shorten(truth.text(), 60), nearest));
        }
        return out.toString();
    }

    static String histogram(List<ThreatCaseResult> results, double threshold) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "--- all cases: cosine of STRIDE-compatible pairs (#) and best per ground-truth threat (+), T=%.2f%n",
                threshold));
        for (ThreatReport.Bin b : ThreatReport.bins(results)) {
            out.append(String.format(Locale.ROOT, "%.2f–%.2f %5d %3d %s%s%n", b.from(), b.from() + ThreatReport.BIN,
                    b.pairs(), b.bestOfTruth(), "#".repeat((b.pairs() + 4) / 5), " +".repeat(b.bestOfTruth())));
        }
        return out.toString();
    }
}
