package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that state flows by layout rather than by verbs: a row of a flow table
 * ({@link FlowTables}) and an arrow line ("User → Web UI → Chat API: prompt text", "DF2: Browser
 * -> API (HTTPS)"), where every segment between arrows is a short name. Here the position names
 * the parts: a segment or cell is a part even when no catalogue or role word proves it.
 */
final class FlowLines {
    static final Pattern ARROW = Pattern.compile("<-+>|<=+>|↔|⇄|-+>|=+>|→|⇒|<-+|<=+|←|⇐");
    private static final Pattern LAST_END =
            Pattern.compile("\\s*(?::|\\(|\\[|,|;|\\s[-—–]\\s|\\.(?:\\s|$)|\\s(?:over|via|using|with|for)\\s)");
    private static final Pattern LEAD =
            Pattern.compile("^\\s*(?:[A-Z]{1,4}\\d{1,2}\\b[.:)]?\\s*|[A-Z]{1,4}-?\\d{1,3}[a-z]?[.:)]\\s*)?(?:(?i:the|a|an|our|its)\\s+)?");
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|goes|go|sends?|then|when|if"
            + "|which|that|this|these|to|from|into|we|it|they|by|will|can|may|must|should|does|do|in|all|everything"
            + "|anything|every|each|any|other|others|etc|including|except)\\b");
    private static final int MAX_WORDS = 6;
    private static final Pattern STEP = Pattern.compile("(?i)(?:step|stage|phase)\\s*\\d*|build|test|tests|lint|scan"
            + "|deploy|release|review|approve|merge|commit|plan|apply|start|end|done|request|response|input|output"
            + "|yes|no|success|failure|error|login|logout|sign[- ]?in|draft|submitted|approved|rejected|pending"
            + "|open|closed|new|\\d+");

    private FlowLines() {}

    /** A stretch of the sentence naming one or more parts. */
    record Span(int start, int end) {

        boolean covers(Mention m) {
            return m.start() >= start && m.end() <= end;
        }
    }

    /** One flow the layout states: data from {@code source} to {@code target}; {@code detail} is what the line adds. */
    record Link(Span source, Span target, String detail) {}

    static List<Link> of(Sentence s, Map<String, FlowTables.Row> rows) {
        FlowTables.Row row = rows.get(s.text());
        if (row != null) {
            return row.columns().flows() ? tableLink(s, row) : List.of();
        }
        return s.states() && !Phantoms.navigation(s) ? arrows(s) : List.of();
    }

    /** The spans a layout names parts in: endpoints of links and the parts cell of a zone table. */
    static List<Span> names(Sentence s, Map<String, FlowTables.Row> rows) {
        List<Span> spans = new ArrayList<>();
        for (Link l : of(s, rows)) {
            spans.add(l.source());
            spans.add(l.target());
        }
        FlowTables.Row row = rows.get(s.text());
        if (row != null && row.columns().zones()) {
            row.cell(row.columns().parts()).ifPresent(c -> spans.addAll(listed(s.text(), c)));
        }
        if (row != null && row.columns().inventory()) {
            row.cell(row.columns().name()).flatMap(c -> core(s.text(), c.start(), c.end())).ifPresent(spans::add);
        }
        return spans;
    }

    /**
     * Under a trust-boundary or zone heading, a labelled item listing parts ("- Internet: Shopper, CDN
     * edge"): the parts, one span each, when every item is a short name; else none.
     */
    static List<Span> zoneList(Sentence s, String heading) {
        int colon = Labels.end(s.analysed());
        if (colon < 0 || !Asides.zones(heading) || s.kind() != Sentence.Kind.PROSE) {
            return List.of();
        }
        String rest = s.text().substring(colon + 1).replaceAll("[.\\s]+$", "");
        List<Span> spans = listed(s.text(), new FlowTables.Cell(rest, colon + 1, colon + 1 + rest.length()));
        long items = rest.split("[,;/]|\\band\\b").length;
        return spans.size() == items ? spans : List.of();
    }

    /** The parts a zone table row lists, one span each ("Web UI, Chat API"). */
    static List<Span> listed(String text, FlowTables.Cell cell) {
        List<Span> spans = new ArrayList<>();
        Matcher item = Pattern.compile("(?:(?!\\band\\b)[^,;/])+").matcher(text.substring(cell.start(), cell.end()));
        while (item.find()) {
            core(text, cell.start() + item.start(), cell.start() + item.end()).ifPresent(spans::add);
        }
        return spans;
    }

    private static List<Link> tableLink(Sentence s, FlowTables.Row row) {
        FlowTables.Columns c = row.columns();
        Optional<Span> from = row.cell(c.source()).flatMap(cell -> core(s.text(), cell.start(), firstOf(s.text(), cell)));
        Optional<Span> to = row.cell(c.target()).flatMap(cell -> core(s.text(), cell.start(), firstOf(s.text(), cell)));
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        String id = row.value(c.id());
        String data = row.value(c.data());
        String protocol = row.value(c.protocol());
        String detail = (id.isEmpty() ? "" : id + ": ") + data + (protocol.isEmpty() ? "" : " (" + protocol + ")");
        return List.of(new Link(from.get(), to.get(), detail.strip().replaceAll("^:\\s*", "")));
    }

    /** "Lantern / DC-200 (via Lantern)": an endpoint cell naming two parts is the first of them. */
    private static int firstOf(String text, FlowTables.Cell cell) {
        int slash = text.substring(cell.start(), cell.end()).indexOf(" / ");
        return slash > 0 ? cell.start() + slash : cell.end();
    }

    /** An arrow line, or each cell of a table row that holds one ("| DF1 | Browser → Web UI | … |"). */
    private static List<Link> arrows(Sentence s) {
        if (!s.text().startsWith("|")) {
            int label = Labels.end(s.analysed());
            return arrows(s, label < 0 ? 0 : label + 1, s.text().length());
        }
        List<Link> links = new ArrayList<>();
        for (FlowTables.Cell cell : FlowTables.cells(s.text())) {
            links.addAll(arrows(s, cell.start(), cell.end()));
        }
        return links;
    }

    private static List<Link> arrows(Sentence s, int from, int to) {
        String text = s.analysed();
        Matcher m = ARROW.matcher(text);
        List<int[]> arrows = new ArrayList<>();
        while (m.find(arrows.isEmpty() ? from : arrows.get(arrows.size() - 1)[1]) && m.end() <= to) {
            arrows.add(new int[] {m.start(), m.end()});
        }
        if (arrows.isEmpty()) {
            return List.of();
        }
        List<Span> segments = new ArrayList<>();
        int start = from;
        for (int[] a : arrows) {
            segments.add(core(text, start, a[0]).orElse(null));
            start = a[1];
        }
        Matcher end = LAST_END.matcher(text);
        int last = end.find(start) && end.start() < to ? end.start() : to;
        segments.add(core(text, start, last).orElse(null));
        if (segments.contains(null) || segments.stream().anyMatch(sp -> STEP.matcher(text.substring(sp.start(),
                sp.end())).matches())) {
            return List.of(); // "Build → Test → Deploy" walks through steps, not parts
        }
        long bare = segments.stream().map(sp -> text.substring(sp.start(), sp.end())).filter(w -> w.matches("\\p{Ll}+")).count();
        if (segments.size() >= 3 && bare >= 2) {
            return List.of(); // "Query rewrite → retrieve → rerank → generate": the steps one part takes
        }
        String detail = s.text().substring(last, to).replaceAll("^[\\s:,;—–-]+", "").strip();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < arrows.size(); i++) {
            String arrow = text.substring(arrows.get(i)[0], arrows.get(i)[1]);
            boolean both = bothWays(arrow);
            boolean back = backwards(arrow);
            Span a = segments.get(i);
            Span b = segments.get(i + 1);
            links.add(back ? new Link(b, a, detail) : new Link(a, b, detail));
            if (both) {
                links.add(new Link(b, a, detail));
            }
        }
        return links;
    }

    /**
     * The name in {@code text[start, end)}: without list marks, a leading determiner, emphasis or a
     * trailing bracket; empty when it is no short name (a clause, a dash, "n/a").
     */
    static Optional<Span> core(String text, int start, int end) {
        int s = start;
        int e = end;
        String part = text.substring(s, e);
        int bracket = part.indexOf('(');
        if (bracket > 0) {
            e = s + bracket;
        }
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != ')') {
            e--;
        }
        Matcher lead = LEAD.matcher(text.substring(s, e));
        if (lead.find()) {
            s += lead.end();
        }
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++; // "S3 `keystone-firmware`"
        }
        String name = text.substring(s, e);
        int words = Words.count(name);
        boolean plain = !name.matches("(?i)n/?a|none|-+|—|tbd|various|all|any|\\d+") && name.matches(".*\\p{L}.*")
                && !name.matches("(?s).*(?:[;!?\"{}|]|[.:](?:\\s|$)).*") && !CLAUSE.matcher(name).find();
        return words >= 1 && words <= MAX_WORDS && plain ? Optional.of(new Span(s, e)) : Optional.empty();
    }

    /** "<->", "↔": data goes both ways. */
    static boolean bothWays(String arrow) {
        return arrow.startsWith("<") && arrow.endsWith(">") || arrow.equals("↔") || arrow.equals("⇄");
    }

    /** "<-", "←": data goes from right to left. */
    static boolean backwards(String arrow) {
        return !bothWays(arrow) && (arrow.startsWith("<") || arrow.equals("←") || arrow.equals("⇐"));
    }
}
