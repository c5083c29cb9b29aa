package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows to and from the one language model of a text, where the sentence speaks of the model's prompt or answer rather
 * than naming the model: the part that builds or assembles the prompt sends it to the model ("It builds the prompt in
 * this order: …", "| Orchestrator | … | Agent loop, prompt assembly |"); data said to go back to the model, or into
 * the prompt, goes from the part that sends it ("The first 200 rows go back to the model as context"); the model's
 * answer goes to the part that renders or shows it ("The model's final answer is Markdown. The Web UI renders it.").
 * Who acts is the part the sentence names first, else the one its row, its heading or the sentence before it is about.
 */
final class PromptFlows {
    private static final Pattern BUILDS = Pattern.compile("(?i)\\b(?:build|builds|built|building|assembl\\w*|compos\\w*"
            + "|construct\\w*|templat\\w*)\\b[^.;]{0,20}\\b(?:prompts?|(?:model|LLM) (?:calls?|requests?|inputs?))\\b"
            + "|\\bprompt (?:assembly|construction|building"
            + "|templating)\\b");
    private static final Pattern INTO_MODEL = Pattern.compile("(?i)\\b(?:go|goes|went|sent|passed|fed|returned|added"
            + "|appended|inserted|included|pasted|put)\\b[^.;]{0,30}\\b(?:(?:back )?to the (?:model|LLM)|into (?:the |its )?"
            + "(?:prompt|context(?: window)?)|in(?:to)? the (?:model's|LLM's) (?:prompt|context))\\b");
    private static final Pattern ANSWER = Pattern.compile("(?i)\\b(?:the (?:model|LLM)(?:'s|’s)? (?:final )?(?:answer|reply"
            + "|response|output|completion)s?|the (?:model|LLM) (?:replies|answers|responds|returns))\\b");
    private static final Pattern SHOWS = Pattern.compile("(?i)\\b(?:render\\w*|display\\w*|shows?|showing|presents?)\\b");

    private PromptFlows() {}

    /** One sentence's acting part and what it says of the model's prompt or answer. */
    record Said(int at, Sentence sentence, Optional<ComponentRef> actor, boolean builds, boolean feeds, boolean answers,
            Optional<ComponentRef> model) {}

    static Optional<Said> read(int at, Sentence s, List<Mention> mentions, Optional<ComponentRef> row, Flows.Context context) {
        String text = s.analysed();
        boolean builds = BUILDS.matcher(text).find();
        boolean feeds = INTO_MODEL.matcher(text).find();
        boolean answers = ANSWER.matcher(text).find() || SHOWS.matcher(text).find();
        if (!builds && !feeds && !answers) {
            return Optional.empty();
        }
        java.util.regex.Matcher act = (builds ? BUILDS : feeds ? INTO_MODEL : SHOWS).matcher(text);
        int at0 = act.find() ? act.start() : text.length();
        // who acts is named before the act; "It builds …" or "Builds the prompt …" continues the sentence before
        boolean pronoun = Agents.pronounSubject(text.substring(0, at0)); // "For each turn it …, builds a prompt …"
        Optional<ComponentRef> actor = row.or(() -> pronoun ? context.previousSubject().or(context::topic) : Optional.empty())
                .or(() -> mentions.stream().filter(m -> m.start() < at0).findFirst().map(Mention::ref))
                .or(() -> text.matches("(?s)\\s*(?:(?i:it)\\b|\\p{Lu}\\p{Ll}+s\\b).*") ? context.previousSubject() : context.topic());
        // "Builds the prompt and calls the LLM, which is currently gpt-4o": the model the sentence names is the one meant
        Optional<ComponentRef> named = mentions.stream().map(Mention::ref)
                .filter(r -> r.kind() == dev.threatmodelbot.domain.context.ComponentKind.LLM).findFirst();
        return Optional.of(new Said(at, s, actor, builds, feeds, answers, named));
    }

    /** The flows the sentences state, given the one language model of the text. */
    static List<ControlPlane.Drawn> flows(List<Said> said, Optional<ComponentRef> only) {
        List<ControlPlane.Drawn> out = new ArrayList<>();
        int answeredAt = -2;
        for (Said s : said) {
            Optional<ComponentRef> target = s.model().or(() -> only);
            if (target.isEmpty()) {
                continue;
            }
            ComponentRef model = target.get();
            Optional<ComponentRef> actor = s.actor().filter(a -> !a.id().equals(model.id())
                    && a.kind() != ComponentKind.EXTERNAL_ENTITY);
            if (actor.isPresent() && (s.builds() || s.feeds())) {
                out.add(new ControlPlane.Drawn(s.sentence(), new Flows.Found(actor.get(), model)));
            }
            boolean answer = ANSWER.matcher(s.sentence().analysed()).find();
            boolean shows = SHOWS.matcher(s.sentence().analysed()).find();
            if ((answer || answeredAt == s.at() - 1) && shows && actor.isPresent() && !s.builds()) {
                out.add(new ControlPlane.Drawn(s.sentence(), new Flows.Found(model, actor.get())));
            }
            answeredAt = answer ? s.at() : answeredAt;
        }
        return out;
    }
}
