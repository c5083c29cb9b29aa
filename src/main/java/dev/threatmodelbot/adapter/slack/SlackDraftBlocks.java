package dev.threatmodelbot.adapter.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A draft's root and its threats as Block Kit, within Slack's limits (3,000 characters a section, 2,000 a
 * field, 150 a header). The message's text stays the whole threat, for notifications and search.
 */
final class SlackDraftBlocks {
    private static final int SECTION = 3000;
    private static final int FIELD = 2000;
    private static final int HEADER = 150;

    private SlackDraftBlocks() {}

    static List<LayoutBlock> threat(ThreatView v, Function<String, String> permalink) {
        Function<String, String> md = t -> SlackMarkup.toSlack(t, permalink);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*" + v.heading() + "*\n*" + md.apply(v.title()) + "*\n"
                + md.apply(v.description()), SECTION)))));
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText(SlackMarkup.fit("*Affects*\n" + md.apply(String.join(", ", v.affects())), FIELD)));
        fields.add(markdownText(SlackMarkup.fit("*Confidence*\n" + v.confidence() + " · " + md.apply(v.scoring()), FIELD)));
        blocks.add(section(x -> x.fields(fields)));
        if (!v.evidence().isEmpty()) {
            blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*Evidence*\n" + v.evidence().stream()
                    .map(e -> "• " + md.apply(e)).collect(Collectors.joining("\n")), SECTION)))));
        }
        for (String a : v.assumptions()) {
            blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*Assumes*: " + md.apply(a), SECTION)))));
        }
        blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("*Mitigation*\n" + md.apply(v.mitigation()), SECTION)))));
        List<TextObject> notes = new ArrayList<>();
        if (v.suggestedByModel()) {
            notes.add(markdownText("_Suggested by the language model from the evidence above._"));
        }
        v.amendment().ifPresent(a -> notes.add(markdownText(SlackMarkup.fit("✏️ Amended by " + md.apply(a), SECTION))));
        v.ticket().ifPresent(k -> notes.add(markdownText(SlackMarkup.fit("🎫 Filed as " + md.apply(k), SECTION))));
        v.decision().ifPresent(d -> notes.add(markdownText(SlackMarkup.fit(md.apply(d), SECTION))));
        if (!notes.isEmpty()) {
            blocks.add(context(c -> c.elements(List.copyOf(notes))));
        }
        return blocks;
    }

    static List<LayoutBlock> root(DraftRootView v) {
        Function<String, String> md = SlackMarkup::toSlack;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackMarkup.fit(v.title(), HEADER)))));
        blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit("`" + v.session() + "` · " + v.counts() + "\n*Review*: "
                + md.apply(v.tally()), SECTION)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(SlackMarkup.fit(md.apply(v.guide()), SECTION))))));
        list(blocks, "*Also drafted, lower severity, not posted* (" + (v.held().size() + v.heldMore()) + "):", v.held(),
                v.heldMore());
        list(blocks, "*Assumptions to confirm* — nobody said, so the draft does not count on it either way; say so in "
                + "this thread and draft again:", v.toConfirm(), v.toConfirmMore());
        v.changes().ifPresent(c -> blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit(md.apply(c), SECTION))))));
        return blocks;
    }

    private static void list(List<LayoutBlock> blocks, String title, List<String> items, int more) {
        if (items.isEmpty()) {
            return;
        }
        String text = title + items.stream().map(i -> "\n• " + SlackMarkup.toSlack(i)).collect(Collectors.joining())
                + (more > 0 ? "\n• … and " + more + " more" : "");
        blocks.add(section(x -> x.text(markdownText(SlackMarkup.fit(text, SECTION)))));
    }
}
