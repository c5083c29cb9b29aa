package dev.threatmodelbot.adapter.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.domain.Outbound;
import java.util.ArrayList;
import java.util.List;

/** The kickoff message: who, what, and how far the interview has come. */
final class SlackBlocks {
    private SlackBlocks() {}

    static List<LayoutBlock> kickoff(KickoffView v) {
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText("*Session*\n`" + v.id() + "`"));
        fields.add(markdownText("*Status*\n" + KickoffView.state(v.state())));
        fields.add(markdownText("*Requested by*\n" + SlackMarkup.mention(v.requester())));
        fields.add(markdownText("*Security lead*\n" + SlackMarkup.mention(v.lead())));
        fields.add(markdownText("*Engineers*\n" + SlackMarkup.toSlack(KickoffView.people(v.engineers()))));
        v.deadline().ifPresent(d -> fields.add(markdownText("*Deadline*\n" + d)));
        v.jiraProject().ifPresent(j -> fields.add(markdownText("*Jira project*\n" + j)));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackMarkup.fit(v.title(), 150)))));
        blocks.add(section(x -> x.fields(fields)));
        blocks.add(section(x -> x.text(markdownText("*Context gathered*  " + v.progressLine()))));
        blocks.add(section(x -> x.text(markdownText("*Threat-model coverage*  " + v.coverageLine()))));
        blocks.add(context(c -> c.elements(List.of(markdownText(v.footer())))));
        return blocks;
    }

    /** A question with ready-made answers gets them as buttons below its text; others get no blocks. */
    static List<LayoutBlock> withChoices(String mrkdwn, String session, Outbound m) {
        if (m.options().isEmpty() || m.question().isEmpty()) {
            return null; // plain text message
        }
        List<com.slack.api.model.block.element.BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < m.options().size(); i++) {
            int pick = i;
            buttons.add(com.slack.api.model.block.element.BlockElements.button(b -> b.actionId(SlackChoices.ACTION + pick)
                    .text(plainText(m.options().get(pick)))
                    .value(session + "|" + m.question().get() + "|" + pick)));
        }
        return List.of(section(x -> x.text(markdownText(mrkdwn))),
                com.slack.api.model.block.Blocks.actions(a -> a.blockId("choices:" + m.question().get())
                        .elements(buttons)));
    }

    /** One session's status: what stands, who is awaited, where coverage is thin. */
    static List<LayoutBlock> status(dev.threatmodelbot.application.chat.StatusView v) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*" + SlackMarkup.toSlack(v.title()) + "* — "
                + v.state(), 3000)))));
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText("*Context gathered*\n" + v.progressLine()));
        fields.add(markdownText("*Threat-model coverage*\n" + v.coverageLine()));
        blocks.add(section(x -> x.fields(fields)));
        if (!v.waiting().isEmpty()) {
            blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*Waiting for*" + v.waiting().stream()
                    .map(w -> "\n• " + SlackMarkup.toSlack(w)).collect(java.util.stream.Collectors.joining()), 3000)))));
        }
        if (!v.gaps().isEmpty()) {
            blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*Biggest gaps*" + v.gaps().stream()
                    .map(g -> "\n• " + SlackMarkup.toSlack(g)).collect(java.util.stream.Collectors.joining())
                    + (v.gapsMore() > 0 ? "\n…and " + v.gapsMore() + " more" : ""), 3000)))));
        }
        List<com.slack.api.model.block.ContextBlockElement> notes = new ArrayList<>();
        notes.add(markdownText(v.counts()));
        if (!v.documents().isEmpty()) {
            notes.add(markdownText(SlackMarkup.fit("Shared docs: " + SlackMarkup.toSlack(String.join(", ",
                    v.documents())), 3000)));
        }
        notes.add(markdownText(v.model()));
        v.draft().ifPresent(d -> notes.add(markdownText(d)));
        blocks.add(context(c -> c.elements(notes)));
        return blocks;
    }

    static String kickoffText(KickoffView v) {
        return "Threat model interview: " + SlackMarkup.escape(v.system()) + " (" + v.id() + ") — " + v.progress().percent()
                + "% of context gathered";
    }
}
