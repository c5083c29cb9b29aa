package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part a sentence that names none is about, from where it stands: a setting's default ("By default, `webhook secret`
 * is empty") is the part the setting's first word names ("Webhook Receiver"); any other sentence of a section whose
 * heading names exactly one part ("### Gateway": "Authentication in front of previews is off by default") is about
 * that part. A setting no part's name opens speaks of the system; so does a sentence under a heading that names none.
 */
final class SectionSubjects {
    private static final Pattern SETTING = Pattern.compile("^By default, `?([A-Za-z][\\w-]*)");

    private SectionSubjects() {}

    /** A paragraph or item opening in bold ("**Vector database.** …", "3. **Gullet** …"); group 1 is the bold text. */
    static final Pattern BOLD_LEAD = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?\\*\\*([^*]{1,80})\\*\\*");

    /** Whether the sentence opens a paragraph or item with a bold lead ("**Build and deploy.** …"). */
    static boolean opensBold(Sentence s) {
        return s.kind() != Sentence.Kind.HEADING && BOLD_LEAD.matcher(s.text()).lookingAt();
    }

    /**
     * A paragraph or item that opens with a part's name in bold ("**`hook` (psp-gateway).** Receives PSP webhooks …")
     * is about that part until the next one or the next heading.
     */
    static Optional<ComponentRef> boldLead(Sentence s, List<Mention> mentions) {
        Matcher bold = BOLD_LEAD.matcher(s.text());
        if (s.kind() == Sentence.Kind.HEADING || !bold.lookingAt()) {
            return Optional.empty();
        }
        int opens = s.text().indexOf("**") + 2;
        // the name the bold opens with ("**`hook` (psp-gateway).**": hook, whatever the bracket names)
        return mentions.stream().filter(m -> m.end() <= bold.end() && m.start() <= opens + 1).findFirst().map(Mention::ref)
                .filter(r -> r.kind() != ComponentKind.EXTERNAL_ENTITY);
    }

    private static final Pattern POSSESSIVE = Pattern.compile("^(?:[’']s|(?<=s)[’'])(?!\\w)");

    /**
     * "Requests are accepted if the source IP is in the PSP's published egress ranges", said under "**hook**": a sentence
     * naming only outside parties, or parts as possessors, speaks of the part its paragraph or section is about.
     */
    static List<Mention> ours(Sentence s, List<Mention> mentions, Optional<ComponentRef> topic) {
        if (topic.isEmpty() || mentions.isEmpty() || mentions.stream().anyMatch(m -> m.ref().id().equals(topic.get().id()))) {
            return mentions;
        }
        boolean others = mentions.stream().allMatch(m -> m.ref().kind() == ComponentKind.EXTERNAL_SERVICE
                || m.ref().kind() == ComponentKind.EXTERNAL_ENTITY || POSSESSIVE.matcher(s.analysed().substring(m.end())).find());
        return others ? List.of(new Mention(topic.get(), 0, 0)) : mentions;
    }

    /** The part a sentence naming none refers to: by its words ({@link ImpliedParts}), else by its setting or heading. */
    static List<Mention> implied(Sentence s, Optional<ComponentRef> topic, Collection<ComponentRef> parts) {
        List<Mention> implied = ImpliedParts.of(s, parts);
        return implied.isEmpty() ? of(s, topic, parts) : implied;
    }

    /** The part, as a mention at the sentence's start; none where nothing says which. */
    static List<Mention> of(Sentence s, Optional<ComponentRef> topic, Collection<ComponentRef> parts) {
        Matcher setting = SETTING.matcher(s.text());
        if (setting.find()) {
            String word = setting.group(1).toLowerCase(Locale.ROOT);
            List<ComponentRef> named = parts.stream().filter(p -> p.kind() != ComponentKind.EXTERNAL_ENTITY)
                    .filter(p -> Words.of(p.name()).stream().anyMatch(w -> w.text().toLowerCase(Locale.ROOT).equals(word)))
                    .distinct().toList();
            return named.size() == 1 ? List.of(new Mention(named.get(0), 0, 0)) : List.of();
        }
        return topic.filter(t -> t.kind() != ComponentKind.EXTERNAL_ENTITY).map(t -> List.of(new Mention(t, 0, 0)))
                .orElse(List.of());
    }
}
