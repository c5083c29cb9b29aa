package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.application.chat.StatusView;
import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import dev.threatmodelbot.domain.Outbound;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The core's views as Adaptive Cards (1.5, what Teams renders): the kickoff, a draft's root with its Export button,
 * each threat with Approve / Reject / Discuss buttons ({@code Action.Execute}, so a press arrives with who pressed),
 * a question's answer buttons, one session's status. Every card carries the mention entities its texts use.
 */
final class TeamsCards {
    static final String VERB_ANSWER = "answer";
    static final String VERB_EXPORT = "export";

    /** A card being built: its body, and the texts' mentions collected along the way. */
    private static final class Card {
        final ObjectNode card = TeamsActivities.JSON.createObjectNode();
        final ArrayNode body;
        final ArrayNode entities = TeamsActivities.JSON.createArrayNode();
        final Function<String, TeamsMarkup.Rendered> render;

        Card(Function<String, TeamsMarkup.Rendered> render) {
            this.render = render;
            card.put("type", "AdaptiveCard");
            card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            card.put("version", "1.5");
            body = card.putArray("body");
        }

        Card text(String core, String style) {
            TeamsMarkup.Rendered r = render.apply(core);
            r.addEntities(entities);
            ObjectNode t = body.addObject().put("type", "TextBlock").put("text", r.text()).put("wrap", true);
            if (style.equals("title")) {
                t.put("size", "Large").put("weight", "Bolder");
            } else if (style.equals("heading")) {
                t.put("weight", "Bolder");
            } else if (style.equals("subtle")) {
                t.put("isSubtle", true).put("size", "Small");
            }
            return this;
        }

        Card facts(List<String[]> facts) {
            ArrayNode list = body.addObject().put("type", "FactSet").putArray("facts");
            for (String[] f : facts) {
                TeamsMarkup.Rendered r = render.apply(f[1]);
                r.addEntities(entities);
                list.addObject().put("title", f[0]).put("value", r.text());
            }
            return this;
        }

        Card action(String title, String verb, ObjectNode data, String style) {
            ArrayNode actions = card.has("actions") ? (ArrayNode) card.get("actions") : card.putArray("actions");
            ObjectNode a = actions.addObject().put("type", "Action.Execute").put("title", title).put("verb", verb);
            a.set("data", data);
            if (!style.isEmpty()) {
                a.put("style", style);
            }
            return this;
        }

        ObjectNode attachment() {
            if (!entities.isEmpty()) {
                card.putObject("msteams").set("entities", entities);
            }
            ObjectNode a = TeamsActivities.JSON.createObjectNode();
            a.put("contentType", "application/vnd.microsoft.card.adaptive");
            a.set("content", card);
            return a;
        }
    }

    private TeamsCards() {}

    static ObjectNode kickoff(KickoffView v, Function<String, TeamsMarkup.Rendered> render) {
        return new Card(render).text(v.title(), "title")
                .text("`" + v.id() + "` · " + KickoffView.state(v.state()), "subtle")
                .facts(List.of(new String[] {"Security lead", dev.threatmodelbot.domain.Mentions.of(v.lead())},
                        new String[] {"Engineers", KickoffView.people(v.engineers())},
                        new String[] {"Context gathered", v.progressLine()},
                        new String[] {"Threat-model coverage", v.coverageLine()}))
                .text(v.footer(), "subtle").attachment();
    }

    static ObjectNode threat(ThreatView v, String session, Function<String, TeamsMarkup.Rendered> render) {
        Card c = new Card(render).text(v.heading(), "heading").text("*" + v.title() + "*", "").text(v.description(), "");
        c.facts(List.of(new String[] {"Affects", String.join(", ", v.affects())},
                new String[] {"Confidence", v.confidence() + " · " + v.scoring()}));
        if (!v.evidence().isEmpty()) {
            c.text("*Evidence*\n" + v.evidence().stream().map(e -> "- " + e).collect(Collectors.joining("\n")), "");
        }
        v.assumptions().forEach(a -> c.text("*Assumes*: " + a, ""));
        c.text("*Mitigation*\n" + v.mitigation(), "");
        if (v.suggestedByModel()) {
            c.text("_Suggested by the language model from the evidence above._", "subtle");
        }
        v.amendment().ifPresent(a -> c.text("✏️ Amended by " + a, "subtle"));
        v.ticket().ifPresent(k -> c.text("🎫 Filed as " + k, "subtle"));
        v.decision().ifPresent(d -> c.text(d, "heading"));
        ObjectNode data = TeamsActivities.JSON.createObjectNode().put("session", session).put("threat", v.number());
        return c.action("👍 Approve", "approve", data, "positive").action("❌ Reject", "reject", data.deepCopy(), "destructive")
                .action("🤔 Discuss", "discuss", data.deepCopy(), "").attachment();
    }

    static ObjectNode root(DraftRootView v, Function<String, TeamsMarkup.Rendered> render) {
        Card c = new Card(render).text(v.title(), "title").text("`" + v.session() + "` · " + v.counts(), "")
                .text("*Review*: " + v.tally(), "").text(guide(v.lead()), "subtle");
        list(c, "*Also drafted, lower severity, not posted* (" + (v.held().size() + v.heldMore()) + "):", v.held(),
                v.heldMore());
        list(c, "*Assumptions to confirm* — nobody said, so the draft does not count on it either way; say so in this "
                + "thread and draft again:", v.toConfirm(), v.toConfirmMore());
        v.changes().ifPresent(x -> c.text(x, ""));
        return c.action("🚀 Export", VERB_EXPORT, TeamsActivities.JSON.createObjectNode().put("session", v.session()), "")
                .attachment();
    }

    /** How the lead reviews in Teams: the buttons on each threat's card, or a 👍. */
    static String guide(String lead) {
        return dev.threatmodelbot.domain.Mentions.of(lead) + ", each threat is a reply in this thread, highest severity "
                + "first. Press *Approve*, *Reject* or *Discuss* on a threat (a 👍 on it also approves; take the 👍 back "
                + "to make it pending again); reply `#3 severity high` (or `title:`, `mitigation:`, a note) to change a "
                + "threat; *Export* below files the approved ones. Only the security lead's decisions count.";
    }

    static ObjectNode status(StatusView v, Function<String, TeamsMarkup.Rendered> render) {
        Card c = new Card(render).text(v.title() + " — " + v.state(), "heading")
                .facts(List.of(new String[] {"Context gathered", v.progressLine()},
                        new String[] {"Threat-model coverage", v.coverageLine()}));
        list(c, "*Waiting for*", v.waiting(), 0);
        list(c, "*Biggest gaps*", v.gaps(), v.gapsMore());
        c.text(v.counts(), "subtle");
        v.draft().ifPresent(d -> c.text(d, ""));
        return c.attachment();
    }

    /** A question with answer buttons; each press names the question, so an old button cannot answer a newer one. */
    static ObjectNode choices(String text, String session, Outbound m, Function<String, TeamsMarkup.Rendered> render) {
        Card c = new Card(render).text(text, "");
        for (int i = 0; i < m.options().size(); i++) {
            c.action(m.options().get(i), VERB_ANSWER, TeamsActivities.JSON.createObjectNode().put("session", session)
                    .put("question", m.question().orElseThrow()).put("pick", i), "");
        }
        return c.attachment();
    }

    private static void list(Card c, String title, List<String> items, int more) {
        if (!items.isEmpty()) {
            c.text(title + items.stream().map(i -> "\n- " + i).collect(Collectors.joining())
                    + (more > 0 ? "\n- … and " + more + " more" : ""), "");
        }
    }
}
