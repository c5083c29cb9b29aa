package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A list of the system's parts under a heading that says so: every bold-labelled item is a part, whatever its name. */
final class PartLists {
    private PartLists() {}

    /**
     * A heading over a list of the system's parts: "## Components", "### Services", "## 2. Building blocks". Not
     * "Architecture": its lists are as often ways to deploy ("**Hosted** - …", "**Self-hosted** - …") as parts.
     */
    private static final Pattern PARTS_HEADING = Pattern.compile("(?i)\\b(?:components?|services|building blocks|parts"
            + "|inventory)\\b");
    /** What a part's line says it is when another company runs it: "payment provider", "sends e-mails". */
    private static final Pattern OUTSIDE_SERVICE = Pattern.compile("(?i)\\b(?:provider|third[- ]party|vendor|SaaS|sends? "
            + "(?:\\w+ ){0,3}(?:e-?mails?|SMS|text messages|push notifications))\\b");

    /** Words of a part people use in a browser: "Storefront", "Admin panel — a React page", "Next.js". */
    private static final Pattern WEB_WORDS = Pattern.compile("(?i)\\b(?:storefront|panel|portal|dashboard|web ?site|"
            + "(?:web|single)[- ]page|React|Next\\.js|Vue|Angular|Svelte)\\b");

    /** Whether a heading opens a list of the system's parts. */
    static boolean listsParts(Sentence heading) {
        return heading.kind() == Sentence.Kind.HEADING && PARTS_HEADING.matcher(heading.text()).find();
    }

    /**
     * A bold-labelled item of a list of parts ("- **Mailgun** — sends order confirmation e-mails", "- **Ledger** - keeps
     * the books") whose name says no kind: in such a list every item is a part. Its kind is what its line says it is,
     * an outside service when another company runs it, else a process. Lines opening with a product are the product's.
     */
    static Optional<ComponentRef> listed(Sentence s, List<Mention> products) {
        if (!s.item() || s.kind() != Sentence.Kind.PROSE) {
            return Optional.empty();
        }
        Matcher bold = Definitions.BOLD_LABEL.matcher(s.text());
        if (!bold.find() || products.stream().anyMatch(m -> m.overlaps(bold.start(2), bold.end(2)))) {
            return Optional.empty();
        }
        String name = bold.group(2).split(" [-–—] ")[0].strip(); // "**Gather Images Application - Python**": the name
        List<Words.Word> words = Words.of(name);
        if (words.isEmpty() || words.size() > 4 || !words.get(0).capitalised() || Phantoms.dataClass(name)
                || Phantoms.topic(name) || RoleWords.LEADING.contains(words.get(0).lower())) {
            return Optional.empty();
        }
        String description = s.text().substring(bold.end());
        boolean productFirst = products.stream().anyMatch(m -> m.start() >= bold.end()
                && !Definitions.LINKING.matcher(s.text().substring(bold.end(), m.start())).find());
        if (productFirst) {
            return Optional.empty();
        }
        ComponentKind kind = Definitions.described(description).orElse(OUTSIDE_SERVICE.matcher(description).find()
                ? ComponentKind.EXTERNAL_SERVICE : WEB_WORDS.matcher(name + " " + description.split("[.;]")[0]).find()
                        ? ComponentKind.WEB_APP : ComponentKind.PROCESS);
        return kind == ComponentKind.EXTERNAL_ENTITY ? Optional.empty()
                : Optional.of(new ComponentRef(Slugs.of(name), name, RoleWords.ofName(name, kind), ""));
    }

}
