package dev.threatmodelbot.domain;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform-neutral mention token {@code {@USERID}} used in the texts the core writes. */
public final class Mentions {
    private static final Pattern TOKEN = Pattern.compile("\\{@([A-Za-z0-9_:.\\-]+)}");

    private Mentions() {}

    public static String of(String userId) {
        return "{@" + userId + "}";
    }


    /** Text that people typed, with anything that looks like a mention or link token made inert. */
    public static String inert(String typed) {
        return typed.replace("{@", "{ @").replace("{link:", "{ link:").replace("{url:", "{ url:").replace("{mark:", "{ mark:");
    }

    /** Replaces every token by what {@code render} makes of its user id. */
    public static String render(String text, Function<String, String> render) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(render.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
