package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Mentions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Between Teams' text ({@code <at>Alice</at>} backed by a mention entity, light HTML, Markdown) and the core's
 * ({@code {@29:…}} tokens, Slack-like {@code *bold*}). Only the core's own tokens become mentions: what people typed
 * is escaped, so a system name can never notify anyone.
 */
final class TeamsMarkup {
    private static final Pattern BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
    private static final Pattern TAG = Pattern.compile("<[^>]{1,200}>");

    private TeamsMarkup() {}

    /** A message as the core reads it: mentions of people as tokens, the bot's own as plain text, no markup. */
    static String toCore(Activity a) {
        String text = a.getText() == null ? "" : a.getText();
        String bot = a.getRecipient() == null ? "" : String.valueOf(a.getRecipient().getId());
        int from = 0; // each entity stands for one occurrence, in order: two people of one name stay two people
        for (Mention m : a.getMentions()) {
            if (m.getText() == null || m.getMentioned() == null || m.getMentioned().getId() == null) {
                continue;
            }
            String id = m.getMentioned().getId();
            String token = id.equals(bot) ? "@threatmodel-bot"
                    : id.matches("[A-Za-z0-9_:.\\-]+") ? Mentions.of(id) : "@" + m.getMentioned().getName();
            int at = text.indexOf(m.getText(), from);
            if (at < 0) {
                continue;
            }
            text = text.substring(0, at) + token + text.substring(at + m.getText().length());
            from = at + token.length();
        }
        text = TAG.matcher(text.replaceAll("(?i)<br\\s*/?>|</p>", "\n")).replaceAll("");
        return unescape(text).replace('\u00a0', ' ').strip();
    }

    /** True when the bot itself is mentioned. */
    static boolean mentionsBot(Activity a) {
        String bot = a.getRecipient() == null ? null : a.getRecipient().getId();
        return bot != null && a.getMentions().stream()
                .anyMatch(m -> m.getMentioned() != null && bot.equals(m.getMentioned().getId()));
    }

    /** A text to post: Teams Markdown with each mention spelled out and the entities that make them notify. */
    record Rendered(String text, Map<String, String> mentions) {
        /** The mention entities, for a message's or a card's {@code entities}. */
        void addEntities(ArrayNode entities) {
            mentions.forEach((id, name) -> {
                ObjectNode e = entities.addObject();
                e.put("type", "mention");
                e.put("text", "<at>" + name + "</at>");
                e.putObject("mentioned").put("id", id).put("name", name);
            });
        }
    }

    /** Core text as Teams shows it; {@code name} gives a person's display name, {@code link} a message's link. */
    static Rendered toTeams(String core, Function<String, String> name, Function<String, String> link) {
        Map<String, String> mentions = new LinkedHashMap<>();
        String text = escape(core).replace("/threatmodel ", "@threatmodel ").replace("`/threatmodel`", "`@threatmodel`");
        text = Mentions.render(text, id -> {
            String shown = escape(name.apply(id)).replace("</at>", "");
            mentions.put(id, shown);
            return "<at>" + shown + "</at>";
        });
        text = Marks.render(text, TeamsMarkup::emoji);
        text = Links.render(text, (target, label) -> "[" + label.replace("]", ")") + "]("
                + (Links.isUrl(target) ? target : link.apply(target)) + ")");
        text = BOLD.matcher(text).replaceAll("**$1**");
        return new Rendered(text, mentions);
    }

    /** What the lead does in Teams for each review signal: 👍 (or the card's button) approves. */
    static String emoji(Marks.Signal signal) {
        switch (signal) {
            case APPROVE:
                return "👍";
            case REJECT:
                return "❌";
            case DISCUSS:
                return "🤔";
            default:
                return "🚀";
        }
    }

    /** A Teams reaction as the core's word: a like approves; the others are only reactions. */
    static String reaction(String type) {
        return "like".equals(type) ? Marks.Signal.APPROVE.word() : "teams:" + type;
    }

    /** Text made inert for Teams: no HTML, and no Markdown link or image (the core's own links are added after). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[")
                .replace("]", "\\]");
    }

    private static String unescape(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
