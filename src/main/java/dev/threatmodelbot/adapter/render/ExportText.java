package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Text helpers shared by the exports: Markdown escaping, slugs, lengths and words for enums. */
final class ExportText {
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~#&";
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ExportText() {}

    /** One line: line breaks and runs of blanks become single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** User text made inert for Markdown inline use (a table cell, a list item, a heading). */
    static String md(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** User text as a paragraph of its own: also nothing at its start may open a list, quote or heading. */
    static String mdBlock(String text) {
        return md(text).replaceFirst("^([-+=])", "\\\\$1").replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /** Lowercase letters, digits and single hyphens; {@code fallback} when nothing is left. */
    static String slug(String text, String fallback) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** At most {@code max} characters, cut at a word with an ellipsis when too long. */
    static String clip(String text, int max) {
        return dev.threatmodelbot.domain.OneLine.clip(text, max);
    }

    /**
     * At most {@code max} characters once {@code &}, {@code <} and {@code >} are HTML-escaped (threat-composer
     * checks its limits after escaping), cut at a word with an ellipsis when too long.
     */
    static String clipEscaped(String text, int max) {
        String clipped = clip(text, max);
        int room = max;
        while (ThreatComposerGrammar.escapedLength(clipped) > max && room > 1) {
            room -= ThreatComposerGrammar.escapedLength(clipped) - max;
            clipped = clip(text, Math.max(1, room));
        }
        return clipped;
    }

    /** The first sentence, or the whole text when it has no sentence end. */
    static String firstSentence(String text) {
        String line = oneLine(text);
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end + 1);
    }

    /** The texts as sentences of one paragraph: "Title. Description." without doubled stops. */
    static String sentences(String... texts) {
        return Arrays.stream(texts).map(ExportText::oneLine).filter(t -> !t.isEmpty())
                .map(t -> t.matches(".*[.!?…]$") ? t : t + ".").reduce((a, b) -> a + " " + b).orElse("");
    }

    static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** The categories in STRIDE order, whatever order the set iterates in. */
    static List<Stride> ordered(Collection<Stride> stride) {
        return Arrays.stream(Stride.values()).filter(stride::contains).toList();
    }

    /** "Information disclosure", "Denial of service". */
    static String words(Stride s) {
        String lower = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "Information Disclosure", "Denial of Service": how threat catalogues title the categories. */
    static String title(Stride s) {
        return Arrays.stream(s.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** "High", "Critical". */
    static String words(Severity s) {
        return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
