package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The results as Markdown: printed to the console and written to bench/results/threat-recall.md. */
final class ThreatReport {
    static final double BIN = 0.05;
    private static final int BORDERLINE = 10;

    private ThreatReport() {}

    /** Scores from {@code from} up to {@code from + BIN}: stride-compatible pairs, ground-truth threats' best. */
    record Bin(double from, int pairs, int bestOfTruth) {}

    static String render(String command, String drafter, double t, List<ThreatCaseResult> results) {
        StringBuilder md = new StringBuilder("# Drafted threats against the eval ground truth: offline recall and precision\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Drafter: `").append(drafter).append(".packaged()` on the context model `OfflineFactExtractor")
                .append(".packaged()` reads from each design.md; in process, no network, no LLM\n");
        md.append(String.format(Locale.ROOT, "- Matching: STRIDE sets intersect (or the ground truth gives none) and "
                + "cosine of all-MiniLM-L6-v2 embeddings ≥ **T = %.2f** (see Method)%n", t));
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        results(md, t, results);
        sensitivity(md, t, results);
        distribution(md, t, results);
        borderline(md, t, results);
        unmatched(md, t, results);
        md.append('\n').append(ThreatReportText.METHOD.formatted(t, t - BIN, t + BIN, ThreatMatching.THRESHOLD));
        return md.toString();
    }

    private static void results(StringBuilder md, double t, List<ThreatCaseResult> results) {
        md.append(String.format(Locale.ROOT, "%n## Results at T = %.2f%n%n", t));
        md.append("| case | parts / flows / facts | drafted | critical / high / medium / low | ML-mapped | chains "
                + "| ground truth | recall | precision |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ThreatCaseResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d / %d / %d | %d | %d / %d / %d / %d | %d | %d | %d | %s | %s |%n",
                    r.caseName(), r.components(), r.flows(), r.facts(), r.drafted().size(),
                    r.bySeverity(Severity.CRITICAL), r.bySeverity(Severity.HIGH), r.bySeverity(Severity.MEDIUM),
                    r.bySeverity(Severity.LOW), r.mlMapped(), r.chains(), r.truthCount(),
                    ratio(r.scores().matchedTruth(t), r.truthCount()),
                    ratio(r.scores().matchedDrafted(t), r.drafted().size())));
        }
        md.append(String.format(Locale.ROOT, "| **all** | | %d | | %d | %d | %d | **%s** | **%s** |%n",
                sum(results, r -> r.drafted().size()), sum(results, r -> (int) r.mlMapped()),
                sum(results, r -> (int) r.chains()), sum(results, ThreatCaseResult::truthCount),
                ratio(sum(results, r -> r.scores().matchedTruth(t)), sum(results, ThreatCaseResult::truthCount)),
                ratio(sum(results, r -> r.scores().matchedDrafted(t)), sum(results, r -> r.drafted().size()))));
        md.append("\n*Recall*: ground-truth threats matched by at least one drafted threat / all ground-truth threats. "
                + "*Precision*: drafted threats matching at least one ground-truth threat / all drafted threats. "
                + "*all* pools the cases (micro average). *ML-mapped*: drafted threats with an OWASP LLM or MITRE "
                + "ATLAS id; *chains*: attack chains (`isChain()`); severity is likelihood × impact. *Parts / flows / "
                + "facts*: the context model the drafter was given.\n");
    }

    private static void sensitivity(StringBuilder md, double t, List<ThreatCaseResult> results) {
        double lo = t - BIN;
        double hi = t + BIN;
        md.append("\n## Sensitivity to T\n\n");
        md.append(String.format(Locale.ROOT, "| case | recall @%.2f | recall @%.2f | recall @%.2f | precision @%.2f "
                + "| precision @%.2f | precision @%.2f |%n", lo, t, hi, lo, t, hi));
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ThreatCaseResult r : results) {
            md.append("| ").append(r.caseName());
            for (double x : new double[] {lo, t, hi}) {
                md.append(" | ").append(ratio(r.scores().matchedTruth(x), r.truthCount()));
            }
            for (double x : new double[] {lo, t, hi}) {
                md.append(" | ").append(ratio(r.scores().matchedDrafted(x), r.drafted().size()));
            }
            md.append(" |\n");
        }
        md.append("| **all**");
        for (double x : new double[] {lo, t, hi}) {
            md.append(" | ").append(ratio(sum(results, r -> r.scores().matchedTruth(x)),
                    sum(results, ThreatCaseResult::truthCount)));
        }
        for (double x : new double[] {lo, t, hi}) {
            md.append(" | ").append(ratio(sum(results, r -> r.scores().matchedDrafted(x)),
                    sum(results, r -> r.drafted().size())));
        }
        md.append(" |\n");
    }

    private static void distribution(StringBuilder md, double t, List<ThreatCaseResult> results) {
        md.append("\n## Score distribution (all cases)\n\n");
        md.append("| cosine | STRIDE-compatible pairs | ground-truth threats whose nearest compatible drafted threat "
                + "scores here |\n|---|---:|---:|\n");
        for (Bin b : bins(results)) {
            boolean above = b.from() >= t - 1e-9;
            md.append(String.format(Locale.ROOT, "| %s%.2f–%.2f%s | %d | %d |%n", above ? "**" : "", b.from(),
                    b.from() + BIN, above ? "**" : "", b.pairs(), b.bestOfTruth()));
        }
        md.append("\nBold rows are at or above T. A pair is one drafted and one ground-truth threat of the same case.\n");
    }

    private static void borderline(StringBuilder md, double t, List<ThreatCaseResult> results) {
        record Row(String caseName, ThreatScores.Pair pair) {}
        List<Row> compatible = results.stream().flatMap(r -> r.scores().pairs().stream()
                .filter(ThreatScores.Pair::strideCompatible).map(p -> new Row(r.caseName(), p))).toList();
        List<Row> above = compatible.stream().filter(r -> r.pair().similarity() >= t)
                .sorted(Comparator.comparingDouble((Row r) -> r.pair().similarity())).limit(BORDERLINE).toList();
        List<Row> below = compatible.stream().filter(r -> r.pair().similarity() < t)
                .sorted(Comparator.comparingDouble((Row r) -> -r.pair().similarity())).limit(BORDERLINE).toList();
        md.append(String.format(Locale.ROOT, "%n## Borderline pairs%n%nThe %d weakest matches and the %d strongest "
                + "STRIDE-compatible non-matches, to judge T by reading them.%n%n", BORDERLINE, BORDERLINE));
        md.append("| cosine | match | case | ground truth | drafted |\n|---:|---|---|---|---|\n");
        Stream.concat(above.stream(), below.stream())
                .sorted(Comparator.comparingDouble((Row r) -> -r.pair().similarity()))
                .forEach(r -> md.append(String.format(Locale.ROOT, "| %.3f | %s | %s | `%s` %s | %s |%n",
                        r.pair().similarity(), r.pair().similarity() >= t ? "yes" : "no", r.caseName(),
                        r.pair().truth().id(), cell(r.pair().truth().shortTitle(70)),
                        cell(shorten(r.pair().drafted().title(), 70)))));
    }

    private static void unmatched(StringBuilder md, double t, List<ThreatCaseResult> results) {
        md.append(String.format(Locale.ROOT, "%n## Ground-truth threats not matched at T = %.2f%n%n", t));
        md.append("Each with the drafted threat nearest in meaning among those whose STRIDE allows a match, and the "
                + "nearest of all when that is another one.\n");
        for (ThreatCaseResult r : results) {
            List<Integer> missed = r.scores().unmatchedTruth(t);
            md.append(String.format(Locale.ROOT, "%n**%s** (%d of %d):%n%n", r.caseName(), missed.size(),
                    r.truthCount()));
            for (int g : missed) {
                ThreatGroundTruth truth = r.scores().truth().get(g);
                Optional<ThreatScores.Pair> compatible = r.scores().nearestCompatible(g);
                Optional<ThreatScores.Pair> any = r.scores().nearest(g).filter(p -> !p.strideCompatible());
                md.append(String.format(Locale.ROOT, "- `%s` [%s] %s — nearest: %s%s%n", truth.id(),
                        letters(truth.stride()), truth.shortTitle(90),
                        compatible.map(ThreatReport::nearest).orElse("none with that STRIDE"),
                        any.map(p -> "; of all: " + nearest(p) + ", STRIDE " + letters(p.drafted().stride()))
                                .orElse("")));
            }
        }
    }

    private static String nearest(ThreatScores.Pair p) {
        return String.format(Locale.ROOT, "%s (%.2f)", shorten(p.drafted().title(), 70), p.similarity());
    }

    static List<Bin> bins(List<ThreatCaseResult> results) {
        int n = (int) Math.round(1 / BIN);
        int[] pairs = new int[n];
        int[] best = new int[n];
        for (ThreatCaseResult r : results) {
            r.scores().pairs().stream().filter(ThreatScores.Pair::strideCompatible)
                    .forEach(p -> pairs[bin(p.similarity(), n)]++);
            for (int g = 0; g < r.truthCount(); g++) {
                r.scores().nearestCompatible(g).ifPresent(p -> best[bin(p.similarity(), n)]++);
            }
        }
        int first = 0;
        while (first < n - 1 && pairs[first] == 0) {
            first++;
        }
        int last = n - 1;
        while (last > first && pairs[last] == 0) {
            last--;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            bins.add(new Bin(i * BIN, pairs[i], best[i]));
        }
        return bins;
    }

    private static int bin(double similarity, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor(similarity / BIN + 1e-9)));
    }

    /** The letters of a STRIDE set in S-T-R-I-D-E order; "–" when empty. */
    static String letters(Set<Stride> stride) {
        return stride.isEmpty() ? "–" : stride.stream().sorted().map(s -> String.valueOf(s.letter()))
                .collect(Collectors.joining());
    }

    /** Whitespace collapsed, cut at a word boundary to at most {@code max} characters with "…". */
    static String shorten(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:.]$", "") + "…";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String ratio(int part, int all) {
        return all == 0 ? "–" : String.format(Locale.ROOT, "%d/%d = %.0f%%", part, all, 100.0 * part / all);
    }

    private static int sum(List<ThreatCaseResult> results, ToIntFunction<ThreatCaseResult> f) {
        return results.stream().mapToInt(f).sum();
    }
}
