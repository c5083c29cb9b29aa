package dev.threatmodelbot.adapter.docs;

import dev.threatmodelbot.application.port.DocumentReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text longer than {@link DocumentReader#MAX_CHARS} at a line end where one is near, closes a
 * fenced block left open, and says so on a last line.
 */
final class TextLimit {
    static final String NOTICE = DocumentReader.CUT_NOTICE;
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~)");
    private static final int LINE_SLACK = 2000;

    private TextLimit() {}

    static String cut(String text) {
        int max = DocumentReader.MAX_CHARS;
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf('\n', max - 1);
        if (end < max - LINE_SLACK) {
            end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        }
        String kept = text.substring(0, end).stripTrailing();
        String fence = openFence(kept);
        return kept + "\n" + (fence.isEmpty() ? "" : fence + "\n") + "\n" + NOTICE + "\n";
    }

    /** The fence that opened a still open code block, or "". */
    private static String openFence(String text) {
        Matcher m = FENCE.matcher(text);
        String open = "";
        while (m.find()) {
            open = open.isEmpty() ? m.group(1) : "";
        }
        return open;
    }
}
