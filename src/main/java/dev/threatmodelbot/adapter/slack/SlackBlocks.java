package dev.threatmodelbot.adapter.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.threatmodelbot.application.Judge;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Progress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The kickoff message: who, what, and how far the interview has come. */
final class SlackBlocks {
    private SlackBlocks() {}

    static List<LayoutBlock> kickoff(Session s) {
        Progress p = s.progress();
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText("*Session*\n`" + s.id() + "`"));
        fields.add(markdownText("*Status*\n" + state(s.state())));
        fields.add(markdownText("*Requested by*\n" + SlackMarkup.mention(s.requester())));
        fields.add(markdownText("*Security lead*\n" + SlackMarkup.mention(s.lead())));
        fields.add(markdownText("*Engineers*\n" + people(s.engineers())));
        s.deadline().ifPresent(d -> fields.add(markdownText("*Deadline*\n" + d)));
        s.jiraProject().ifPresent(j -> fields.add(markdownText("*Jira project*\n" + j)));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(truncate("Threat model interview: " + s.system(), 150)))));
        blocks.add(section(x -> x.fields(fields)));
        blocks.add(section(x -> x.text(markdownText("*Context gathered*  `" + p.bar() + "`  (" + p.closed()
                + " of " + p.planned() + " questions)"))));
        Coverage coverage = Judge.of(s);
        blocks.add(section(x -> x.text(markdownText("*Threat-model coverage*  `" + bar(coverage.percent()) + "`  ("
                + s.context().components().size() + " parts, " + s.context().flows().size() + " data flows, "
                + coverage.gaps().size() + " open topics)"))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Questions and answers live in this thread. `/threatmodel status " + s.id() + "` shows details.")))));
        return blocks;
    }

    /** A question with ready-made answers gets them as buttons below its text; others get no blocks. */
    static List<LayoutBlock> withChoices(String mrkdwn, Session s, Outbound m) {
        if (m.options().isEmpty() || m.questionId().isEmpty()) {
            return null; // plain text message
        }
        List<com.slack.api.model.block.element.BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < m.options().size(); i++) {
            int pick = i;
            buttons.add(com.slack.api.model.block.element.BlockElements.button(b -> b.actionId(SlackChoices.ACTION + pick)
                    .text(plainText(m.options().get(pick)))
                    .value(s.id() + "|" + m.questionId().get() + "|" + pick)));
        }
        return List.of(section(x -> x.text(markdownText(mrkdwn))),
                com.slack.api.model.block.Blocks.actions(a -> a.blockId("choices:" + m.questionId().get())
                        .elements(buttons)));
    }

    static String kickoffText(Session s) {
        return "Threat model interview: " + SlackMarkup.escape(s.system()) + " (" + s.id() + ") — " + s.progress().percent()
                + "% of context gathered";
    }

    static String bar(int percent) {
        int cells = percent / 10;
        return "▓".repeat(cells) + "░".repeat(10 - cells) + " " + percent + "%";
    }

    static String state(SessionState state) {
        switch (state) {
            case INTERVIEWING:
                return ":speech_balloon: Interviewing";
            case GATHERED:
                return ":white_check_mark: Interview complete";
            default:
                return ":no_entry_sign: Cancelled";
        }
    }

    static String people(List<String> users) {
        return users.stream().map(SlackMarkup::mention).collect(Collectors.joining(", "));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
