package dev.threatmodelbot.domain;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platform-neutral links in the core's text: {@code {link:MESSAGEID|label}} to a message of the
 * session, which each platform renders as a permalink, and {@code {url:https://…|label}} to a web
 * address the service itself made (a ticket). Text people typed is made inert before it is put in
 * a message ({@link Mentions#inert}), so neither can be forged from it; a message link whose target
 * is a web address is shown as its label only.
 */
public final class Links {
    private static final Pattern TOKEN = Pattern.compile("\\{(link|url):([^|}]+)\\|([^}]*)}");

    private Links() {}

    public static String of(String messageId, String label) {
        return "{link:" + messageId + "|" + label + "}";
    }

    /** A link to a web address outside the chat (a ticket), when it is a plain http(s) address. */
    public static String url(String url, String label) {
        return isUrl(url) ? "{url:" + url + "|" + label.replace("}", ")").replace("|", "/") + "}" : label;
    }

    /** Whether a link's target is a web address rather than a message id. */
    public static boolean isUrl(String target) {
        return target.matches("https?://[^\\s|{}<>]+");
    }

    /**
     * Replaces every link by what {@code render} makes of its target and label: a message id, or a web
     * address from {@link #url}.
     */
    public static String render(String text, BiFunction<String, String, String> render) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean web = m.group(1).equals("url");
            String target = m.group(2);
            String shown = web == isUrl(target) ? render.apply(target, m.group(3)) : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
