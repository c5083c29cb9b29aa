package dev.threatmodelbot.adapter.docs;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Free text taken from a document (descriptions, summaries) placed inside the Markdown this
 * reader writes: capped, its own headings turned into bold lines and its fences closed, so it
 * can neither open sections of its own nor swallow the sections after it.
 */
final class Embedded {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");

    private Embedded() {}

    static String block(String text, int max) {
        String capped = cap(text.replace("\r\n", "\n").replace('\r', '\n').strip(), max);
        long fences = capped.lines().filter(l -> FENCE.matcher(l).find()).count();
        String body = capped.lines().map(Embedded::demote).collect(Collectors.joining("\n"));
        return fences % 2 == 0 ? body : body + "\n```";
    }

    /** One line, whitespace collapsed, ending like a sentence. */
    static String sentence(String text, int max) {
        String line = cap(text.replaceAll("\\s+", " ").strip(), max);
        return line.isEmpty() || line.matches(".*[.!?…]$") ? line : line + ".";
    }

    /** One line, whitespace collapsed, fit for a heading or a list. */
    static String inline(String text, int max) {
        return cap(text.replaceAll("\\s+", " ").strip(), max);
    }

    private static String demote(String line) {
        if (!HEADING.matcher(line).find()) {
            return line;
        }
        String title = line.strip().replaceFirst("^#+\\s*", "").replaceFirst("\\s#+$", "");
        return title.isEmpty() ? "" : "**" + title + "**\n";
    }

    private static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).stripTrailing() + "…";
    }
}
