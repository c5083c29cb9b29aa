package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A way a component is named in text, and the component it names. {@code anchor} is a lowercase
 * word every match contains, so a sentence without it is skipped without running the pattern.
 */
record Term(Pattern pattern, String anchor, ComponentRef ref) {
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "of", "for", "the", "&");

    /** The name in any capitalisation. */
    static Term caseInsensitive(String name, ComponentRef ref) {
        return new Term(Pattern.compile(body(name, true), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                anchor(name), ref);
    }

    /** The name as written; its function words ("and", "of") in any capitalisation. */
    static Term exact(String name, ComponentRef ref) {
        return new Term(Pattern.compile(body(name, false)), anchor(name), ref);
    }

    Term naming(ComponentRef other) {
        return new Term(pattern, anchor, other);
    }

    boolean mayMatch(String lowercaseText) {
        return lowercaseText.contains(anchor);
    }

    /** Words joined by spaces or hyphens, on word boundaries, with an optional plural "s". */
    private static String body(String name, boolean ignoreCase) {
        List<String> parts = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            boolean functionWord = FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
            parts.add(functionWord && !ignoreCase ? "(?i:" + Pattern.quote(word) + ")" : Pattern.quote(word));
        }
        return "(?<![\\p{L}\\p{N}_-])" + String.join("[\\s-]+", parts) + "s?(?![\\p{L}\\p{N}_]|-\\p{L})";
    }

    private static String anchor(String name) {
        return List.of(name.strip().split("\\s+")).stream().max(Comparator.comparingInt(String::length))
                .orElse(name).toLowerCase(Locale.ROOT);
    }
}
