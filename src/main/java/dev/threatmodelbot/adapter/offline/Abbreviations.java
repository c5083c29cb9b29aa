package dev.threatmodelbot.adapter.offline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Whether a short form ("EGW", "CVP") abbreviates a name beyond its plain initials. */
final class Abbreviations {

    private Abbreviations() {}

    /**
     * "EGW" of "Edge Gateway", "SvcDB" of "Service Database": the abbreviation splits into one piece per word, each
     * piece the word's first letter followed by some of its later letters in order.
     */
    static boolean abbreviates(String abbreviation, String name) {
        List<String> words = Arrays.stream(name.split("[\\s-]+")).filter(w -> !w.isEmpty()
                && !List.of("and", "of", "for", "the").contains(w.toLowerCase(Locale.ROOT))).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return words.size() >= 2 && pieces(abbreviation.toLowerCase(Locale.ROOT), 0, words, 0);
    }

    private static boolean pieces(String a, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == a.length();
        }
        String w = words.get(word);
        if (at >= a.length() || a.charAt(at) != w.charAt(0)) {
            return false;
        }
        int i = at + 1;
        int from = 1;
        if (pieces(a, i, words, word + 1)) {
            return true;
        }
        while (i < a.length()) { // take more letters of this word, in order
            int found = w.indexOf(a.charAt(i), from);
            if (found < 0) {
                return false;
            }
            from = found + 1;
            i++;
            if (pieces(a, i, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "ClientVault Portal" → "CVP": every capital, for names written in camel case. */
    static String capitals(String name) {
        return name.replaceAll("[^A-Z]", "");
    }
}
