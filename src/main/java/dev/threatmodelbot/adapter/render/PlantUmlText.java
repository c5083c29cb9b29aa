package dev.threatmodelbot.adapter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text that people typed inert inside PlantUML. Only letters, digits and single spaces are
 * written as they are; every other character becomes a numeric entity ({@code &#34;}), which
 * PlantUML decodes only when it draws the text, after the preprocessor and the creole parser have
 * run. So a name can neither start a line ({@code !include}, {@code @enduml}), call a builtin
 * ({@code %getenv}), close a quote, nor use markup such as {@code <img:…>} or {@code [[link]]}.
 */
final class PlantUmlText {
    /** PlantUML's own line break inside a label; user text can never produce it, its backslash is escaped. */
    static final String BREAK = "\\n";

    private PlantUmlText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        normalise(text).codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    /**
     * The text shortened to {@code max} characters and broken into lines of about {@code width},
     * each line escaped and joined with PlantUML line breaks.
     */
    static String wrapped(String text, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : shortened(normalise(text), max).split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
            while (line.length() > width + width / 2) {
                int cut = Character.isHighSurrogate(line.charAt(width - 1)) ? width - 1 : width;
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString());
        return String.join(BREAK, lines.stream().map(PlantUmlText::escape).toList());
    }

    /** Every run of whitespace or control characters becomes one space; the ends are trimmed. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(isBlank(cp) ? ' ' : cp));
        return out.toString().trim().replaceAll(" {2,}", " ");
    }

    private static String shortened(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).trim() + "…";
    }

    private static boolean isBlank(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static void append(StringBuilder out, int cp) {
        if (Character.isLetterOrDigit(cp) || cp == ' ') {
            out.appendCodePoint(cp);
        } else if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
            out.append("&#65533;");
        } else {
            out.append("&#").append(cp).append(';');
        }
    }
}
