package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a design document into citable sections.
 *
 * <p>Markdown ATX headings ({@code #} … {@code ######}, outside fenced code) open sections numbered
 * by nesting: "1", "1.1", "1.2", "2". A skipped level nests like the next one ({@code ##} then
 * {@code ####} gives "1" and "1.1"). A heading that carries its own number ("### 3.2 Service-to-service",
 * "## 1. Overview") keeps it, so citations read as the document does ("§3.2 Service-to-service"),
 * unless an earlier heading already carries that number. When the first heading is the document's only H1 and other
 * headings follow, it is the document title: it is not numbered, its children number from "1",
 * and it belongs to section "0" titled with it. Other text before the first numbered heading is
 * section "0" titled "" when it is not blank. Without any heading, each blank-line-separated
 * paragraph is a section "1", "2", … titled "".
 *
 * <p>Nothing is stripped: a section's text runs verbatim from its heading line (included) to the
 * next section, so the texts concatenated give back the document.
 */
public final class DocSections {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*#*[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern OWN_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\S.*)$");

    private DocSections() {}

    public static List<DocSection> split(String text) {
        List<String> lines = lines(text);
        List<Heading> headings = headings(lines);
        if (headings.isEmpty()) {
            return paragraphs(lines);
        }
        boolean titled = isTitle(headings);
        List<DocSection> sections = new ArrayList<>();
        int firstNumbered = titled ? 1 : 0;
        int introEnd = firstNumbered < headings.size() ? headings.get(firstNumbered).line() : lines.size();
        String intro = join(lines, 0, introEnd);
        if (!intro.isBlank()) {
            sections.add(new DocSection("0", titled ? headings.get(0).title() : "", intro));
        }
        List<String> numbers = numbers(headings.subList(firstNumbered, headings.size()));
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = firstNumbered; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
            Matcher own = OWN_NUMBER.matcher(h.title());
            boolean numbered = own.matches() && used.add(own.group(1));
            used.add(numbers.get(i - firstNumbered));
            sections.add(new DocSection(numbered ? own.group(1) : numbers.get(i - firstNumbered),
                    numbered ? own.group(2).strip() : h.title(), join(lines, h.line(), end)));
        }
        return List.copyOf(sections);
    }

    private record Heading(int line, int level, String title) {}

    /** Lines with their line terminators kept, so joining them reproduces the text exactly. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Heading> headings(List<String> lines) {
        List<Heading> headings = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                headings.add(new Heading(i, m.group(1).length(), m.group(2) == null ? "" : m.group(2).strip()));
            }
        }
        return headings;
    }

    private static boolean isTitle(List<Heading> headings) {
        long h1 = headings.stream().filter(h -> h.level() == 1).count();
        return headings.size() > 1 && headings.get(0).level() == 1 && h1 == 1;
    }

    /** Section numbers by nesting depth: a heading nests under every earlier open heading of a lower level. */
    private static List<String> numbers(List<Heading> headings) {
        List<Integer> openLevels = new ArrayList<>();
        List<Integer> counters = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Heading h : headings) {
            while (!openLevels.isEmpty() && openLevels.get(openLevels.size() - 1) >= h.level()) {
                openLevels.remove(openLevels.size() - 1);
            }
            openLevels.add(h.level());
            int depth = openLevels.size();
            while (counters.size() > depth) {
                counters.remove(counters.size() - 1);
            }
            if (counters.size() < depth) {
                counters.add(0);
            }
            counters.set(depth - 1, counters.get(depth - 1) + 1);
            numbers.add(String.join(".", counters.stream().map(String::valueOf).toList()));
        }
        return numbers;
    }

    /** One section per paragraph; the blank lines after a paragraph stay with it. A blank text has none. */
    private static List<DocSection> paragraphs(List<String> lines) {
        List<DocSection> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                sections.add(new DocSection(String.valueOf(sections.size() + 1), "", current.toString()));
                current.setLength(0);
                blankAfterText = false;
            }
            seenText |= !line.isBlank();
            current.append(line);
        }
        if (seenText) {
            sections.add(new DocSection(String.valueOf(sections.size() + 1), "", current.toString()));
        }
        return List.copyOf(sections);
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("", lines.subList(from, to));
    }
}
