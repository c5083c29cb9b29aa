package dev.threatmodelbot.adapter.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading "Label: " of up to six plain words, as in "Secret Retrieval: Fetches secrets from …".
 * A label names a topic; it is neither a component's name nor a claim.
 */
final class Labels {
    private static final Pattern LABEL = Pattern.compile("^\\s*[`\\p{L}\\p{N}][\\p{L}\\p{N} &/'’.`-]{0,60}:(?=\\s)");

    private Labels() {}

    /** Where the label's colon is, or -1 without a label. */
    static int end(String text) {
        Matcher m = LABEL.matcher(text);
        return m.find() && Words.count(m.group()) <= 6 ? m.end() - 1 : -1;
    }

    /** The text after its label, or all of it. */
    static String strip(String text) {
        int end = end(text);
        return end < 0 ? text : text.substring(end + 1);
    }
}
