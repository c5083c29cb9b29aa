package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flowcharts drawn in text (Mermaid {@code flowchart}/{@code graph}): what they show, read as arrow lines between
 * the nodes' labels. Nodes are declared with a label in any shape ({@code NB[Notebooks]},
 * {@code ON[(Online store / Redis)]}, {@code GW{{Gateway}}}) once, anywhere, and used by id; edges are
 * {@code A --> B}, {@code A -->|label| B}, {@code A -- label --> B}, dotted or thick, one way or both, from or to
 * several nodes joined by "&". "A / B" in a label names one node twice and reads as "A (B)"; in a label broken into
 * lines the first names the node ("Backstage<br/>mgmt" reads as "Backstage (mgmt)"). Lines that are not edges say
 * nothing.
 */
final class Diagrams {
    private static final Pattern HEADER = Pattern.compile("^\\s*(?:flowchart|graph)\\b.*");
    private static final String ID = "[A-Za-z][\\w-]*";
    private static final Pattern NODE = Pattern.compile("(" + ID + ")\\s*(\\[\\(|\\(\\[|\\[\\[|\\(\\(|\\{\\{|\\[/|\\[\\\\|\\[|\\(|\\{|>)"
            + "\\s*\"?([^\\]\\)\\}\"|]+?)\"?\\s*(?:\\)\\]|\\]\\)|\\]\\]|\\)\\)|\\}\\}|/\\]|\\\\\\]|\\]|\\)|\\})");
    /** One node, or several joined by "&" ({@code A & B --> C}: an edge from each). */
    private static final String IDS = ID + "(?:\\s*&\\s*" + ID + ")*";
    private static final Pattern EDGE = Pattern.compile("^\\s*(" + IDS + ")\\s*(<)?(?:-{2,}|-\\.+-|={2,})(?:\\s*([^->|=][^>|]*?)\\s*"
            + "(?:-{2,}|-\\.+-|={2,}))?(>)?\\s*(?:\\|([^|]*)\\|)?\\s*(" + IDS + ")\\s*;?\\s*$");

    private Diagrams() {}

    /** Whether the fenced block is a flowchart. */
    static boolean flowchart(String info, List<String> lines) {
        return info.strip().toLowerCase(java.util.Locale.ROOT).startsWith("mermaid")
                && lines.stream().anyMatch(l -> HEADER.matcher(l).matches())
                || lines.stream().filter(l -> !l.isBlank()).findFirst().map(l -> HEADER.matcher(l).matches()).orElse(false);
    }

    /** The flowchart's edges as arrow lines between labels ("Notebooks → Model registry (MLflow): logs runs"). */
    static List<String> arrows(List<String> lines) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> bare = new ArrayList<>();
        for (String line : lines) {
            Matcher n = NODE.matcher(line);
            StringBuilder plain = new StringBuilder();
            while (n.find()) {
                labels.putIfAbsent(n.group(1), label(n.group(3)));
                n.appendReplacement(plain, Matcher.quoteReplacement(n.group(1)));
            }
            n.appendTail(plain);
            bare.add(plain.toString());
        }
        List<String> out = new ArrayList<>();
        for (String line : bare) {
            Matcher e = EDGE.matcher(line);
            if (!e.matches() || e.group(2) == null && e.group(4) == null) {
                continue; // "A --- B" links without a direction
            }
            String arrow = e.group(2) != null && e.group(4) != null ? " ↔ " : e.group(2) != null ? " ← " : " → ";
            String said = e.group(5) != null ? e.group(5).strip() : e.group(3) != null ? e.group(3).strip() : "";
            for (String source : e.group(1).split("\\s*&\\s*")) {
                for (String target : e.group(6).split("\\s*&\\s*")) {
                    out.add(labels.getOrDefault(source.strip(), source.strip()) + arrow
                            + labels.getOrDefault(target.strip(), target.strip()) + (said.isEmpty() ? "" : ": " + said));
                }
            }
        }
        return out;
    }

    private static String label(String text) {
        // "AWS KMS<br/>alias/foundry-cosign": the first line names the node, the rest says more of it
        String[] lines = text.strip().split("\\s*<br\\s*/?>\\s*", 2);
        String clean = (lines.length == 2 && !lines[1].isBlank() ? lines[0] + " (" + lines[1].replaceAll("<br\\s*/?>", " ")
                + ")" : lines[0]).replaceAll("\\s+", " ");
        Matcher twice = Pattern.compile("^(.+?)\\s+/\\s+(.+)$").matcher(clean);
        return twice.matches() ? twice.group(1) + " (" + twice.group(2) + ")" : clean;
    }
}
