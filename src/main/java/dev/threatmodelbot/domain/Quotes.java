package dev.threatmodelbot.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a doc says, made readable for a quote a lead reads in chat, a file or a ticket: Markdown marks dropped, and the
 * JSON some design docs embed ({@code {"symbolic_name": "orders-db", "encrypted": false}}) read out as words
 * ({@code symbolic name: orders-db; encrypted: false}). The words themselves are kept as written.
 */
public final class Quotes {
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z][A-Za-z0-9_ -]{0,40})\"\\s*:\\s*");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EMPTY_MARKS = Pattern.compile("(\\*\\*|__)\\s*(\\*\\*|__)");

    private Quotes() {}

    public static String readable(String quote) {
        if (quote == null || quote.isEmpty()) {
            return "";
        }
        String out = EMPTY_MARKS.matcher(quote).replaceAll("");
        out = out.replace("**", "").replace("__", "").replace("`", "").replaceAll("(?m)^\\s*#{1,6}\\s+", "");
        if (out.contains("\":") || out.contains("\" :")) {
            out = json(out);
        }
        out = out.replaceAll("^\\s*(—|-|:)\\s*", "").replaceAll("\\s+—\\s*$", "");
        return OneLine.of(out);
    }

    /** Embedded JSON as words: keys without quotes or underscores, strings without quotes, no braces. */
    private static String json(String text) {
        Matcher k = KEY.matcher(text);
        StringBuilder keyed = new StringBuilder();
        while (k.find()) {
            k.appendReplacement(keyed, Matcher.quoteReplacement(k.group(1).replace('_', ' ') + ": "));
        }
        k.appendTail(keyed);
        Matcher s = STRING.matcher(keyed.toString());
        StringBuilder unquoted = new StringBuilder();
        while (s.find()) {
            s.appendReplacement(unquoted, Matcher.quoteReplacement(s.group(1).replace("\\\"", "\"")));
        }
        s.appendTail(unquoted);
        return unquoted.toString().replaceAll("[\\[\\]{}]", " ").replaceAll("\\s*,\\s*(?=[A-Za-z][A-Za-z0-9 ]{0,40}: )", "; ")
                .replaceAll(":\\s*;", ":").replace("\"", "").replaceAll("\\s+", " ").replaceAll("\\s+([;,.])", "$1")
                .replace(".;", ";").strip();
    }
}
