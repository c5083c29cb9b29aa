package dev.threatmodelbot.domain;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A platform-neutral link to a message of the session thread, {@code {link:MESSAGEID|label}}, that
 * each platform renders as a permalink.
 */
public final class Links {
    private static final Pattern TOKEN = Pattern.compile("\\{link:([^|}]+)\\|([^}]*)}");

    private Links() {}

    public static String of(String messageId, String label) {
        return "{link:" + messageId + "|" + label + "}";
    }

    /** A link to a web address outside the chat (a ticket), when it is a plain http(s) address. */
    public static String url(String url, String label) {
        return isUrl(url) ? "{link:" + url + "|" + label.replace("}", ")").replace("|", "/") + "}" : label;
    }

    /** Whether a link token's target is a web address rather than a message id. */
    public static boolean isUrl(String target) {
        return target.matches("https?://[^\\s|{}<>]+");
    }

    public static String render(String text, BiFunction<String, String, String> render) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(render.apply(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
