package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a part's name in bold and at once says what product it is: "**Vector database.** Qdrant
 * 1.9, self-hosted …", "**Ingestion (`atticus-ingest`).** An Azure Function on a nightly timer", "**Orchestrator.** A
 * Python 3.12 FastAPI service using LangChain". The product is another name of the part. Only the paragraph's first
 * name counts, and only when nothing but articles, versions and describing words stand between: "**Chat UI.** Users
 * sign in with Entra ID" defines nothing, and the platform it runs on ("running on our AKS cluster") stays a part.
 */
final class BoldDefinitions {
    private static final Pattern BOLD = SectionSubjects.BOLD_LEAD;
    /** Articles, versions and describing words: "A Python 3.12", "Qdrant 1.9", "a small self-hosted". */
    private static final Pattern DESCRIBING = Pattern.compile(
            "[\\s.:—–-]*(?:(?:[Aa]n?|[Tt]he|[Oo]ur|[Oo]ne|[Ii]ts)\\s+)?(?:(?:\\p{Lu}[\\w.+#-]*|v?\\d[\\w.]*|small|single"
                    + "|self-hosted|managed|internal|dedicated|stateless|long-running|lightweight|new|separate)\\s+){0,3}");

    /** "A React single-page app hosted on Azure Static Web Apps": the static host serves the part, it is the part. */
    private static final Pattern HOSTED_ON = Pattern.compile(DESCRIBING.pattern()
            + "(?:[\\w-]+\\s+){0,3}(?:hosted|served|deployed|published)\\s+(?:on|from|by|to)\\s+(?:the\\s+|our\\s+)?");

    /** "Railyard receives the callbacks": a name that acts is the paragraph's subject matter, not its definition. */
    private static final Pattern ACTS = Pattern.compile("^\\s+(?:(?:\\w+ly|only|also|then|never)\\s+)?(?:[a-z]+[^s\\W]s|is|are|was"
            + "|were|has|have|can|will|does|do|did|must|should)\\b");

    /** ", the ingestion API, is a …", " is a …": the paragraph says what its part is. */
    private static final Pattern IS_A = Pattern.compile("(?:\\s*,\\s+(?:the|our|an?)\\s+[^,.;]{1,40},)?\\s+(?:is|are)\\s+"
            + "(?:an?|the|our)\\s+");

    private BoldDefinitions() {}

    /**
     * The merge a bold lead and what follows it make; {@code previous} is the sentence before, which is the lead
     * itself when the text cut the paragraph right after the bold ("**Vector database.**" | "Qdrant 1.9, …").
     */
    static Optional<Aliases.Merge> merge(Optional<Sentence> previous, List<Mention> previousMentions, Sentence s,
            List<Mention> mentions) {
        Optional<Mention> lead;
        int from;
        Matcher bold = BOLD.matcher(s.text());
        if (s.kind() != Sentence.Kind.HEADING && bold.lookingAt()) {
            from = bold.end();
            lead = mentions.stream().filter(m -> m.end() <= from).findFirst();
        } else if (previous.isPresent() && previous.get().kind() != Sentence.Kind.HEADING
                && BOLD.matcher(previous.get().text()).matches() && !s.item()) {
            from = 0;
            lead = previousMentions.stream().findFirst();
        } else {
            return Optional.empty();
        }
        Matcher isA = IS_A.matcher(s.analysed().substring(Math.min(from, s.analysed().length())));
        if (isA.lookingAt()) { // "**Gullet**, the ingestion API, is a Go service on EKS": the role it is, not a product it uses
            int at = from + isA.end();
            int clause = at + s.analysed().substring(at).split("[.;,]")[0].length();
            Optional<Mention> role = mentions.stream().filter(m -> m.start() >= at && m.end() <= clause
                    && m.ref().namedByRole()).findFirst();
            return lead.filter(l -> role.isPresent() && !l.ref().id().equals(role.get().ref().id())
                    && Aliases.compatible(l.ref().kind(), role.get().ref().kind()))
                    .map(l -> new Aliases.Merge(role.get().ref(), l.ref(), s.text().substring(role.get().start(), role.get().end())));
        }
        Optional<Mention> product = mentions.stream().filter(m -> m.start() >= from)
                .filter(m -> m.ref().kind() != ComponentKind.WEB_APP || !m.ref().namedByRole()
                        || !HOSTED_ON.matcher(s.analysed().substring(m.end())).lookingAt() ) // "single-page app hosted on X"
                .findFirst();
        if (lead.isEmpty() || product.isEmpty() || lead.get().ref().id().equals(product.get().ref().id())) {
            return Optional.empty();
        }
        ComponentKind kind = product.get().ref().kind();
        boolean where = kind == ComponentKind.CONTAINER_PLATFORM || kind == ComponentKind.EXTERNAL_ENTITY;
        String gap = s.analysed().substring(from, product.get().start());
        if (ACTS.matcher(s.analysed().substring(product.get().end())).lookingAt()) {
            return Optional.empty();
        }
        boolean hosted = (kind == ComponentKind.WEB_APP || kind == ComponentKind.CDN) && HOSTED_ON.matcher(gap).matches();
        if (where || !Aliases.compatible(lead.get().ref().kind(), kind) && !hosted
                || !DESCRIBING.matcher(gap).matches() && !hosted) {
            return Optional.empty();
        }
        return Optional.of(new Aliases.Merge(product.get().ref(), lead.get().ref(),
                s.text().substring(product.get().start(), product.get().end())));
    }

    /**
     * "### 4.2 API gateway" and then "Azure API Management fronts all portal traffic …": a heading that names a part by
     * its role, whose section opens with a product of the same kind as its subject, is about that product.
     */
    static Optional<Aliases.Merge> headingRole(Optional<Sentence> previous, List<Mention> previousMentions, Sentence s,
            List<Mention> mentions) {
        if (previous.isEmpty() || previous.get().kind() != Sentence.Kind.HEADING || previousMentions.size() != 1
                || mentions.isEmpty() || s.kind() == Sentence.Kind.HEADING) {
            return Optional.empty();
        }
        Mention role = previousMentions.get(0);
        Mention first = mentions.get(0);
        boolean opens = s.analysed().substring(0, first.start()).matches("\\s*(?:(?:[Tt]he|[Oo]ur|[Aa]n?)\\s+)?");
        if (!opens || first.ref().namedByRole() || first.ref().kind() != role.ref().kind()
                || first.ref().id().equals(role.ref().id())) {
            return Optional.empty();
        }
        return Optional.of(new Aliases.Merge(role.ref(), first.ref(), role.ref().name()));
    }
}
