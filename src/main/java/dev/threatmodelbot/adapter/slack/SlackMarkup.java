package dev.threatmodelbot.adapter.slack;

import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Mentions;
import java.util.regex.Pattern;

/** Between Slack's mrkdwn ({@code <@U123|name>}) and the core's mention tokens ({@code {@U123}}). */
final class SlackMarkup {
    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private SlackMarkup() {}

    /** Slack text in, core text out: user mentions become tokens; everything else is kept verbatim. */
    static String toCore(String slackText) {
        return USER.matcher(slackText == null ? "" : slackText).replaceAll(m -> Mentions.of(m.group(1)));
    }

    /** Core text in, Slack mrkdwn out: only the core's own mention tokens can notify anyone. */
    static String toSlack(String coreText) {
        return toSlack(coreText, id -> "#");
    }

    /** As {@link #toSlack(String)}, with message links made permalinks by {@code permalink}. */
    static String toSlack(String coreText, java.util.function.Function<String, String> permalink) {
        String mentions = Marks.render(Mentions.render(escape(coreText), user -> "<@" + user + ">"),
                signal -> ":" + emoji(signal) + ":");
        return Links.render(mentions, (id, label) -> "<" + (Links.isUrl(id) ? id : permalink.apply(id)) + "|" + label
                + ">");
    }

    /**
     * Text that people typed, made inert for mrkdwn: {@code <!channel>} or {@code <@U…>} in a system
     * name or a quoted answer is shown, never acted on (Slack's own escaping of &, < and >).
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Slack's emoji for a review signal: what the lead reacts with. */
    static String emoji(Marks.Signal signal) {
        switch (signal) {
            case APPROVE:
                return "white_check_mark";
            case REJECT:
                return "x";
            case DISCUSS:
                return "thinking_face";
            default:
                return "rocket";
        }
    }

    /** A Slack reaction as the core's word for it: a review signal's word, or Slack's own name. */
    static String reaction(String emoji) {
        switch (emoji == null ? "" : emoji) {
            case "white_check_mark":
            case "heavy_check_mark":
                return Marks.Signal.APPROVE.word();
            case "x":
                return Marks.Signal.REJECT.word();
            case "thinking_face":
                return Marks.Signal.DISCUSS.word();
            case "rocket":
                return Marks.Signal.EXPORT.word();
            default:
                return emoji;
        }
    }

    static String mention(String user) {
        return "<@" + user + ">";
    }

    /** At most {@code max} characters, cut at a line or word so no link or mention is broken in two. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
        return (cut > max / 2 ? head.substring(0, cut) : head) + "…";
    }
}
