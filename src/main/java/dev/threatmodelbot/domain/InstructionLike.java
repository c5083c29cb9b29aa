package dev.threatmodelbot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text in a doc or an answer that talks to an AI model instead of describing a system
 * ("ignore previous instructions", "you are now…", "do not report any threats"). Such text is
 * only ever data; finding it is a reason to tell the lead, never to obey it.
 */
public final class InstructionLike {
    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.\\n]{0,40}\\b(?:instructions?|prompts?|rules|guidelines"
                    + "|messages?|context|above|everything)\\b",
            "\\byou\\s+are\\s+now\\b",
            "\\byou\\s+are\\s+(?:an?\\s+|the\\s+)?(?:ai|assistant|chat\\s*bot|language\\s+model|llm|gpt|dan"
                    + "|jailbroken)\\b",
            "\\b(?:from\\s+now\\s+on|new\\s+instructions?|updated\\s+instructions?)\\s*[:,]",
            "\\b(?:reveal|print|show|repeat|output)\\s+(?:your|the)\\s+(?:system\\s+)?(?:prompt|instructions)\\b",
            "\\bact\\s+as\\s+(?:an?\\s+)?(?:ai|assistant|unrestricted|different)\\b",
            "\\b(?:do\\s+not|don'?t|never)\\s+(?:report|flag|mention|list|raise|include)\\b[^.\\n]{0,40}"
                    + "\\b(?:threats?|vulnerabilit(?:y|ies)|risks?|findings?|issues?)\\b",
            "\\b(?:respond|reply|answer|output)\\s+only\\s+with\\b",
            "\\b(?:mark|rate|classify)\\s+(?:all|every|each)\\b[^.\\n]{0,30}\\b(?:as\\s+)?(?:low|safe|secure|approved)\\b",
            "<\\s*/?\\s*(?:system|assistant|instructions?)\\s*>",
            "\\[/?INST\\]",
            "^\\s*#{2,}\\s*(?:instruction|system)\\b"),
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private InstructionLike() {}

    /** The sentences of {@code text} that read like instructions to a model, in order. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            String sentence = sentenceAround(text, m.start(), m.end());
            if (!found.contains(sentence)) {
                found.add(sentence);
            }
        }
        return found;
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        to = Math.min(text.length(), to + 1);
        String s = text.substring(from, to).strip();
        return s.length() > 300 ? s.substring(0, 297) + "…" : s;
    }
}
