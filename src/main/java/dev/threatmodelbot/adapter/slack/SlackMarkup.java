package dev.threatmodelbot.adapter.slack;

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

    /** Core text in, Slack mrkdwn out. */
    static String toSlack(String coreText) {
        return Mentions.render(coreText, user -> "<@" + user + ">");
    }

    static String mention(String user) {
        return "<@" + user + ">";
    }
}
