package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.context.DocSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of a design doc the scripted engineers know but the start form did not carry: its sentences,
 * in document order, each with its words reduced for matching.
 *
 * <p>Fenced code and headings are left out (a diagram's source or a bare title is not something anyone
 * says in a thread); a list item or table row stands alone; a paragraph wrapped over several lines is
 * joined before it is cut at sentence ends. Links keep their text, emphasis marks are dropped.
 */
final class HeldBackKnowledge {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(`*_])");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /** Words too common to say what a sentence or a question is about. */
    static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "into", "onto", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "there", "their", "they", "them", "you", "your", "we", "our",
            "us", "i", "me", "my", "he", "she", "his", "her", "do", "does", "did", "done", "have", "has", "had", "can",
            "could", "would", "should", "will", "shall", "may", "might", "must", "what", "which", "who", "whom",
            "whose", "when", "where", "how", "why", "any", "all", "each", "every", "some", "such", "no", "not",
            "nor", "so", "than", "too", "very", "just", "also", "only", "both", "either", "other", "else", "about",
            "over", "under", "up", "down", "out", "off", "then", "once", "here", "same", "own", "more", "most",
            "much", "many", "few", "e", "g", "eg", "ie", "etc", "one", "two", "get", "got", "use", "used", "using",
            "via", "per", "while", "after", "before", "anything", "anyone", "someone", "something", "nothing",
            "example", "sure", "whenever", "thing", "things", "s", "t", "don", "isn", "re", "ll", "ve");

    record Sentence(int index, String text, Set<String> words) {}

    private final List<Sentence> sentences;

    private HeldBackKnowledge(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    static HeldBackKnowledge of(List<DocSection> sections) {
        List<String> texts = new ArrayList<>();
        for (DocSection section : sections) {
            texts.addAll(sentencesOf(section.text()));
        }
        List<Sentence> out = new ArrayList<>();
        for (String t : texts) {
            Set<String> words = words(t);
            if (words.size() >= 3) {
                out.add(new Sentence(out.size(), t, words));
            }
        }
        return new HeldBackKnowledge(out);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Lower-case content words, a plural "s" taken off so "tokens" meets "token". */
    static Set<String> words(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    private static List<String> sentencesOf(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean fenced = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                flush(paragraph, blocks);
                continue;
            }
            if (fenced || HEADING.matcher(line).matches() || line.isBlank()) {
                flush(paragraph, blocks);
                continue;
            }
            var item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                flush(paragraph, blocks);
                blocks.add(item.group(1));
            } else if (line.strip().startsWith("|")) {
                flush(paragraph, blocks);
                if (!TABLE_RULE.matcher(line).matches()) {
                    blocks.add(line.replace('|', ' '));
                }
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip().replaceFirst("^>\\s*", ""));
            }
        }
        flush(paragraph, blocks);
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            String clean = LINK.matcher(block).replaceAll("$1").replaceAll("[*_]{2,}", "")
                    .replaceAll("\\s+", " ").strip();
            for (String s : SENTENCE_END.split(clean)) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
