package dev.threatmodelbot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.chat.StatusTexts;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /threatmodel}: Slack's text read into the core's command and the core's answer shown
 * ephemerally, within Slack's three seconds. Mentions arrive escaped ({@code <@U123|alice>}) because
 * the manifest sets {@code should_escape}; a bare {@code @name} means someone typed it without picking.
 */
final class SlackCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommands.class);
    static final String TRY_AGAIN = "Sorry — I couldn't do that just now. Please try again in a minute.";
    private static final Pattern UNESCAPED = Pattern.compile("(?:^|\\s)@[A-Za-z][\\w.\\-]*");

    private final Commands commands;

    SlackCommands(Commands commands) {
        this.commands = commands;
    }

    Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        try {
            String text = p.getText() == null ? "" : p.getText();
            if (text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("start")
                    && UNESCAPED.matcher(SlackMarkup.toCore(text)).find()) {
                return ctx.ack(SlackMarkup.toSlack("I couldn't read the mentions — pick people from Slack's @ menu "
                        + "so they turn blue.\n\n" + StatusTexts.HELP));
            }
            Commands.Reply reply = commands.handle(new Commands.Call(channel(p), p.getUserId(), SlackMarkup.toCore(text),
                    "slack:command:" + p.getTriggerId(), Optional.ofNullable(ctx.getBotUserId())));
            if (reply instanceof Commands.Reply.OpenForm form) {
                return openModal(p, ctx, form.system());
            }
            if (reply instanceof Commands.Reply.Status status) {
                String said = SlackMarkup.toSlack(status.view().text());
                return ctx.ack(r -> r.text(said).blocks(SlackBlocks.status(status.view())));
            }
            return ctx.ack(SlackMarkup.toSlack(((Commands.Reply.Say) reply).text()));
        } catch (RuntimeException e) {
            LOG.error("/threatmodel {} by {} in {} failed: {}", firstWord(p.getText()), p.getUserId(),
                    p.getChannelId(), e.toString());
            return ctx.ack(TRY_AGAIN);
        }
    }

    private Response openModal(SlashCommandPayload p, SlashCommandContext ctx, String system) {
        try {
            ViewsOpenResponse opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId())
                    .view(StartModal.view(p.getChannelId(), p.getUserId(), system, List.of())));
            if (!opened.isOk()) {
                LOG.warn("views.open failed in {}: {}", p.getChannelId(), opened.getError());
                return ctx.ack("I couldn't open the form (`" + opened.getError() + "`). You can also type "
                        + "`/threatmodel start Payments API @alice @bob lead:@carol`.");
            }
            return ctx.ack();
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            LOG.warn("views.open failed in {}: {}", p.getChannelId(), e.toString());
            return ctx.ack(TRY_AGAIN);
        }
    }

    private static ConversationAddress channel(SlashCommandPayload p) {
        return ConversationAddress.channel(Platform.SLACK, p.getTeamId(), p.getChannelId());
    }

    private static String firstWord(String text) {
        return text == null ? "" : text.strip().split("\\s+", 2)[0];
    }
}
