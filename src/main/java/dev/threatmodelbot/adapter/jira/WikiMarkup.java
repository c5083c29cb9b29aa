package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.adapter.jira.Block.Bullets;
import dev.threatmodelbot.adapter.jira.Block.Heading;
import dev.threatmodelbot.adapter.jira.Block.Paragraph;
import dev.threatmodelbot.adapter.jira.Block.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A description in Jira wiki markup, as the v2 API (Data Center) takes it. Every run of text is
 * escaped, so words people typed cannot turn into markup, macros or links.
 */
final class WikiMarkup {
    private static final String SPECIAL = "*_?-+^~{}[]|!#";

    private WikiMarkup() {}

    static String of(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            String text = b instanceof Heading h ? "h3. " + escape(h.text()).strip()
                    : b instanceof Paragraph p ? line(p.spans())
                    : String.join("\n", ((Bullets) b).items().stream().map(WikiMarkup::line)
                            .filter(s -> !s.isEmpty()).map(s -> "* " + s).toList());
            if (text.equals("h3. ")) {
                continue;
            }
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    private static String line(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            String text = escape(s.text());
            if (text.isBlank()) {
                out.append(text);
            } else if (s.href().isPresent()) {
                out.append('[').append(text).append('|').append(s.href().get()).append(']');
            } else {
                out.append(s.strong() ? "*" + text.strip() + "*" : text);
            }
        }
        String line = out.toString().strip();
        // a line opening with "h1." or "bq." would become a heading or a quote
        return line.matches("(?s)(h[1-6]|bq)\\..*") ? "\\" + line : line;
    }

    /** The text on one line, ends kept, with every character wiki markup gives a meaning to escaped. */
    static String escape(String text) {
        String line = text.replaceAll("[\\p{Cntrl}&&[^\\s]]", "").replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') { // "\\" would be a line break: a path like C:\temp keeps its backslash as an entity
                out.append("&#92;");
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
