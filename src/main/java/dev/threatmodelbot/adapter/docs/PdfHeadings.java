package dev.threatmodelbot.adapter.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks numbered headings of PDF text as Markdown headings so sections are citable: "2. Architecture"
 * becomes "## 2. Architecture" and "3.2 Storage" becomes "### 3.2 Storage", one level per number.
 * A heading is short, starts with a capital and does not end like a sentence; table-of-contents
 * lines (dot leaders) are left alone. A bare "3 Storage" is too easily a sentence to count.
 * Lines that would read as Markdown markup by accident ("# of users", a fence) are escaped.
 */
final class PdfHeadings {
    private static final Pattern NUMBERED =
            Pattern.compile("^(\\d{1,2}\\.|\\d{1,2}(?:\\.\\d{1,2}){1,4}\\.?)[ \\t]+(\\p{Lu}.*)$");
    private static final Pattern MARKUP = Pattern.compile("^\\s*(?:#|```|~~~)");
    private static final int MAX_TITLE = 80;
    private static final int MAX_WORDS = 12;

    private PdfHeadings() {}

    static String mark(String text) {
        return text.lines().map(PdfHeadings::line).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(String line) {
        Matcher m = NUMBERED.matcher(line.strip());
        if (m.matches() && isTitle(m.group(2))) {
            int depth = m.group(1).replaceFirst("\\.$", "").split("\\.").length;
            return "#".repeat(Math.min(depth + 1, 6)) + " " + line.strip();
        }
        return MARKUP.matcher(line).find() ? "\\" + line.stripLeading() : line;
    }

    private static boolean isTitle(String title) {
        return title.length() <= MAX_TITLE
                && title.strip().split("\\s+").length <= MAX_WORDS
                && !title.matches(".*[.,;:!?]$")
                && !title.matches(".*(?:\\.{3,}|…).*");
    }
}
