package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text (a doc section or an answer) into sentences. Headings, list items and table rows
 * each stand alone; a paragraph or item is cut at sentence ends ({@code . ! ?} before a capital),
 * never inside a `code span`, after an abbreviation ("e.g.") or after a list number ("1."). Each
 * line of a fenced code block is one sentence; one laid out as a flow between named parts ("GitHub
 * → Dispatcher   webhook (HTTPS)") is prose, since a diagram drawn in text states what it shows.
 */
final class Sentences {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=[\\w)`*])(?:\\s{2,}|\\t+)(?=[\\w(`*])");
    private static final Pattern ARROW_LINE = Pattern.compile("^[`*]*[A-Z][A-Za-z0-9][^{}@;\"|\\[\\]]{0,80}?\\s(?:→|⇒|-{1,2}>|=>|↔"
            + "|<-{1,2}>)\\s+[`*]*(?:[A-Z][A-Za-z0-9]|[a-z][a-z0-9]*-[a-z0-9])[^{}@;\"|\\[\\]]{0,200}$");
    /** "──webhook──▶", "──▶", "─>": box-drawing arrows of an ASCII diagram, with or without a label on them. */
    private static final Pattern BOX_ARROW = Pattern.compile("\\s*[─━]{1,}(?:[\\w .:/-]{1,30}?[─━]{1,})?\\s*[▶►>]\\s*");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]+$");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]>\"'`]+");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])|\\*+|~~");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "vs", "approx", "incl", "fig",
            "cf", "mr", "mrs", "ms", "dr", "st", "no", "nr", "resp", "esp", "al", "min", "max", "ca", "est");
    /** Marks, at the start of a block, that the block is a list item (a character no text carries). */
    private static final char ITEM_START = (char) 0;
    private static final String CLOSERS = "\"')]}*_”’";

    private Sentences() {}

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        List<String> code = null;
        String info = "";
        for (String raw : text.split("\\R", -1)) {
            String line = QUOTE.matcher(raw).replaceFirst("");
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                flush(block, out);
                if (code == null) {
                    code = new ArrayList<>();
                    info = line.substring(fence.end());
                } else {
                    fenced(info, code, out);
                    code = null;
                }
            } else if (code != null) {
                code.add(line);
            } else {
                prose(line, block, out);
            }
        }
        if (code != null) {
            fenced(info, code, out);
        }
        flush(block, out);
        return List.copyOf(withDefaults(out));
    }

    private static final Pattern KEY_HEADER = Pattern.compile("(?i)^\\W*(?:key|setting|settings|option|options|parameter"
            + "|parameters|value|values|name|field|flag|variable|env(?:ironment)? var(?:iable)?)\\W*$");
    private static final Pattern DEFAULT_HEADER = Pattern.compile("(?i)^\\W*defaults?(?: value)?\\W*$");

    /**
     * "| `webhook.secret` | `""` | HMAC secret for GitHub webhooks |" under "| Key | Default | … |": each row of a settings
     * table with defaults also says, in words, what the setting is unless someone changes it.
     */
    private static List<Sentence> withDefaults(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        int key = -1;
        int dflt = -1;
        for (Sentence s : sentences) {
            out.add(s);
            String t = s.text();
            if (!t.startsWith("|")) {
                key = -1;
                dflt = -1;
                continue;
            }
            String[] cells = t.substring(1).split("(?<!\\\\)\\|", -1);
            if (key < 0) {
                for (int i = 0; i < cells.length; i++) {
                    if (key < 0 && KEY_HEADER.matcher(cells[i]).matches()) {
                        key = i;
                    } else if (DEFAULT_HEADER.matcher(cells[i]).matches()) {
                        dflt = i;
                    }
                }
                if (key < 0 || dflt < 0) {
                    key = -1;
                    dflt = -1;
                }
                continue;
            }
            if (key < cells.length && dflt < cells.length) {
                out.set(out.size() - 1, new Sentence(t, analysed(t), Sentence.Kind.CODE)); // what it does, not what it is
                String name = cells[key].strip().replaceAll("(?<=\\w)[._](?=\\w)", " "); // `tls.enabled`: the words of it
                String value = cells[dflt].strip();
                if (!name.isEmpty() && name.length() <= 60) {
                    String said = value.isEmpty() || value.matches("`?(?:\"\"|''|)`?") ? "empty" : value;
                    String text = "By default, " + name + " is " + said + ".";
                    out.add(new Sentence(text, analysed(text), Sentence.Kind.PROSE));
                }
            }
        }
        return out;
    }

    /**
     * A fenced block: a flowchart states its edges as arrow lines; a line laid out as a flow between named parts
     * is prose; any other line is code.
     */
    private static void fenced(String info, List<String> lines, List<Sentence> out) {
        if (Diagrams.flowchart(info, lines)) {
            Diagrams.arrows(lines).forEach(a -> add(out, a, Sentence.Kind.PROSE));
            return;
        }
        if (BoxDiagrams.drawn(lines)) {
            BoxDiagrams.arrows(lines).forEach(a -> add(out, a, Sentence.Kind.PROSE)); // "▼" and "◀──┘" of a box drawing
        }
        if (AsciiBoxes.drawn(lines)) {
            AsciiBoxes.arrows(lines).forEach(a -> add(out, a, Sentence.Kind.PROSE)); // "+----+", "|", "v" of a plain drawing
        }
        for (String line : lines) {
            String code = BOX_ARROW.matcher(line.strip()).replaceAll(" → ");
            if (ARROW_LINE.matcher(code).matches()) {
                add(out, COLUMN_GAP.matcher(code).replaceAll(" — "), Sentence.Kind.PROSE); // a column ends a name
            } else {
                add(out, code, Sentence.Kind.CODE);
            }
        }
    }

    private static void prose(String line, StringBuilder block, List<Sentence> out) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            flush(block, out);
        } else if (HEADING.matcher(line).find()) {
            flush(block, out);
            String title = stripped.replaceFirst("^#+\\s*", "").replaceFirst("\\s#+$", "");
            if (!title.isBlank()) {
                int level = stripped.length() - stripped.replaceFirst("^#+", "").length();
                out.add(new Sentence(title, analysed(title), Sentence.Kind.HEADING, level));
            }
        } else if (stripped.startsWith("|")) {
            flush(block, out);
            if (!TABLE_RULE.matcher(stripped).matches()) {
                add(out, stripped, Sentence.Kind.PROSE);
            }
        } else if (ITEM.matcher(line).find()) {
            flush(block, out);
            block.append(ITEM_START).append(ITEM.matcher(line).replaceFirst(""));
        } else {
            block.append(block.length() == 0 ? "" : " ").append(stripped);
        }
    }

    private static void flush(StringBuilder block, List<Sentence> out) {
        boolean item = block.length() > 0 && block.charAt(0) == ITEM_START;
        String text = item ? block.substring(1) : block.toString();
        for (String s : cut(text.strip())) {
            if (!s.isBlank()) {
                out.add(new Sentence(s, analysed(s), Sentence.Kind.PROSE, 0, item));
                item = false;
            }
        }
        block.setLength(0);
    }

    private static void add(List<Sentence> out, String text, Sentence.Kind kind) {
        if (!text.isBlank()) {
            out.add(new Sentence(text, analysed(text), kind));
        }
    }

    /** The text with emphasis marks and URLs replaced by spaces, keeping every offset. */
    static String analysed(String text) {
        char[] chars = text.toCharArray();
        List<int[]> code = new ArrayList<>(); // `iot:*`, `cxp_prod`: marks inside code are the code's own
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            code.add(new int[] {span.start(), span.end()});
        }
        for (Pattern p : List.of(URL, EMPHASIS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int at = m.start();
                if (p == EMPHASIS && code.stream().anyMatch(c -> at > c[0] && at < c[1] - 1)) {
                    continue;
                }
                Arrays.fill(chars, m.start(), m.end(), ' ');
            }
        }
        return new String(chars);
    }

    /** A sentence may open with a lowercase code name, hyphenated and followed by a verb ("kestrel-sync stores …"). */
    private static final Pattern CODE_NAME_START = Pattern.compile("[a-z][a-z0-9]+(?:-[a-z0-9]+)+\\s+[a-z]+s\\b");

    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");

    static List<String> cut(String block) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean code = false;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && (c == '.' || c == '!' || c == '?')) {
                int next = afterClosers(block, i + 1);
                if (endsSentence(block, start, i, next)) {
                    parts.add(block.substring(start, next).strip());
                    start = next;
                }
            }
        }
        if (start < block.length()) {
            parts.add(block.substring(start).strip());
        }
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static int afterClosers(String s, int i) {
        while (i < s.length() && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String s, int start, int dot, int next) {
        if (next >= s.length() || !Character.isWhitespace(s.charAt(next))) {
            return false;
        }
        int j = next;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return false;
        }
        char first = s.charAt(j);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“'`*[(_".indexOf(first) >= 0
                || j + 1 < s.length() && Character.isLowerCase(first) && Character.isUpperCase(s.charAt(j + 1)) // "iManage"
                || CODE_NAME_START.matcher(s.substring(j)).lookingAt(); // "kestrel-bridge replies …"
        String fragment = s.substring(start, dot).strip();
        return opens && s.charAt(dot) != '.' || opens && !abbreviation(fragment) && !listNumber(fragment);
    }

    private static boolean abbreviation(String fragment) {
        int space = Math.max(fragment.lastIndexOf(' '), fragment.lastIndexOf('('));
        String word = fragment.substring(space + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    /** "1." or "A1." alone is a number, not a sentence. */
    private static boolean listNumber(String fragment) {
        return fragment.matches("[A-Za-z]?\\d{1,3}|[A-Za-z]");
    }
}
