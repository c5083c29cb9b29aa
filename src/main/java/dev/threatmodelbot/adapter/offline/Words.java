package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level views of a sentence: how many words a gap holds, and the words with their offsets. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_./-]*");

    private Words() {}

    /** A word of the text, at {@code start} (inclusive) to {@code end} (exclusive). */
    record Word(String text, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<Word> of(String text) {
        Matcher m = WORD.matcher(text);
        List<Word> words = new ArrayList<>();
        while (m.find()) {
            String w = m.group().replaceAll("[./-]+$", "");
            words.add(new Word(w, m.start(), m.start() + w.length()));
        }
        return words;
    }
}
