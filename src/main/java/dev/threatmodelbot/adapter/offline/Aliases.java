package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two names of one part. A text says so as "A: B" (a line labelled with a name, "Orders database:
 * Amazon RDS PostgreSQL"), "A (B)" ("GraphQL API (AWS AppSync)"), "A via B" for a model and the
 * API serving it ("Claude via the Anthropic API"), "A, also known as B" and a store kept in a
 * store product ("The Orders table is stored in Amazon DynamoDB", "the Orders table in Amazon DynamoDB",
 * "audit bucket (S3 with Object Lock)"). B is a name the
 * lexicon knows, possibly followed by role nouns or a version, and ends its clause; the two kinds
 * must be compatible (a database is no API). The first name is the part's name, unless only the
 * second was known before this text. A generic product ("KMS") is the specific one of the same
 * kind the text also names ("AWS KMS").
 */
final class Aliases {
    private static final Pattern LINK = Pattern.compile(
            "^(?:\\s*:\\s+|\\s*\\(\\s*|\\s+(?:via|through|in)\\s+|\\s+(?:is|are)\\s+(?:stored|hosted|kept)\\s+(?:in|on)\\s+|\\s*,?\\s+(?:also\\s+(?:known|called|referred\\s+to)\\s+as|a\\.?k\\.?a\\.?)\\s+)"
                    + "(?:(?:the|an?)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile("^(?:[\\s-]+(?:v?\\d[\\w.]*|[a-z]+))*?\\s*(?=$|[,;.)—–]|\\s+-\\s)");

    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\s+(?:with|without|using)\\b[^()]*\\)");

    private static final Pattern HOSTED_ELSEWHERE = Pattern.compile(
            "(?i)\\b(?:SaaS|third[- ]party|vendor[- ](?:hosted|managed)|external (?:service|vendor|provider))\\b");

    private static final Pattern SYMBOL =
            Pattern.compile("[\"']?(?:symbolic_name|symbolic-name|id|slug|key)[\"']?\\s*[:=]\\s*[\"']([a-z0-9][\\w.-]{1,40})[\"']");
    private static final Pattern LEAD = Pattern.compile("^\\s*([^{:—–]{1,80}?)\\s+(?:—|–|-|:)\\s+[{(]?");

    private Aliases() {}

    /**
     * The name a line's label gives when a product follows it: "Profile store: Azure Cosmos DB" names
     * the profile store, though "Profile store" alone at a clause start would prove nothing.
     */
    static Optional<ComponentRef> labelled(Sentence s, List<Mention> products) {
        String text = s.analysed();
        int colon = Labels.end(text);
        if (colon < 0 || products.stream().anyMatch(m -> m.start() < colon)) {
            return Optional.empty();
        }
        Optional<Mention> first = products.stream().findFirst();
        boolean productNext = first.isPresent() && text.substring(colon + 1, first.get().start())
                .matches("\\s*(?:(?:the|an?)\\s+)?");
        List<Words.Word> words = Words.of(text.substring(0, colon));
        if (!productNext || words.size() < 2 || words.size() > 4 || !words.get(0).capitalised()
                || RoleWords.GENERIC.contains(words.get(0).lower()) || RoleWords.LEADING.contains(words.get(0).lower())) {
            return Optional.empty();
        }
        Words.Word noun = words.get(words.size() - 1);
        if (noun.lower().matches(".*[^s]s")) {
            return Optional.empty(); // "Data stores: Redis, Kafka, Postgres" lists parts; it names none of them
        }
        String name = text.substring(words.get(0).start(), noun.end()).replaceAll("\\s+", " ");
        return RoleWords.kindOf(noun.text()).filter(k -> k != ComponentKind.EXTERNAL_ENTITY)
                .map(k -> new ComponentRef(Slugs.of(name), s.text().substring(words.get(0).start(), noun.end())
                        .replaceAll("\\s+", " "), k, ""));
    }

    /**
     * An identifier a definition line gives its part, as in {@code **Gather Images** — {"symbolic_name":
     * "gather-images", …}}: later flow lists may name the part by it.
     */
    private static Optional<Merge> symbol(Sentence s, List<Mention> mentions) {
        Matcher id = SYMBOL.matcher(s.text());
        Optional<Span> lead = definedLead(s);
        if (!id.find() || lead.isEmpty()) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.start() >= lead.get().start() && m.start() < lead.get().end())
                .findFirst().map(m -> new Merge(m.ref(), m.ref(), id.group(1)));
    }

    /** The name a definition line opens with ("**Name** — {…}") when the line gives it an identifier. */
    static Optional<Span> definedLead(Sentence s) {
        Matcher lead = LEAD.matcher(s.analysed());
        if (!SYMBOL.matcher(s.text()).find() || !lead.find()) {
            return Optional.empty();
        }
        return FlowLines.core(s.text(), 0, lead.end(1)).map(c -> new Span(c.start(), c.end()));
    }

    record Span(int start, int end) {}

    /** One merge: {@code alias} is another name of {@code canonical}; {@code surface} is how the text wrote it. */
    record Merge(ComponentRef alias, ComponentRef canonical, String surface) {}

    static List<Merge> find(Lexicon lexicon, List<Sentence> sentences, Set<String> known,
            Map<String, FlowTables.Row> rows) {
        List<Merge> merges = new ArrayList<>();
        List<Merge> defined = new ArrayList<>();
        Optional<Sentence> previous = Optional.empty();
        List<Mention> previousMentions = List.of();
        for (Sentence s : sentences) {
            List<Mention> mentions = lexicon.mentions(s.analysed());
            symbol(s, mentions).ifPresent(merges::add);
            BoldDefinitions.merge(previous, previousMentions, s, mentions).ifPresent(defined::add);
            BoldDefinitions.headingRole(previous, previousMentions, s, mentions).ifPresent(merges::add);
            previous = Optional.of(s);
            previousMentions = mentions;
            FlowTables.Row row = rows.get(s.text());
            if (row != null && row.columns().inventory()) {
                merges.addAll(outside(row, mentions));
                merges.addAll(BuiltOn.merges(s, row, mentions));
                merges.addAll(aliasColumn(row, mentions));
                continue;
            }
            for (int i = 0; i + 1 < mentions.size(); i++) {
                Optional<Merge> m = linked(s, mentions, i, known);
                if (m.isPresent()) {
                    merges.add(m.get());
                    merges.addAll(chained(s.analysed(), mentions, i + 1, m.get()));
                }
            }
        }
        // a product two bold leads are defined as ("**Resize service** — AWS Lambda …", "**Notify service** — AWS Lambda …")
        // is what both run on, not another name of either
        defined.stream().filter(d -> defined.stream().noneMatch(o -> o.alias().id().equals(d.alias().id())
                && !o.canonical().id().equals(d.canonical().id()))).forEach(merges::add);
        return merges;
    }

    private static Optional<Merge> linked(Sentence s, List<Mention> mentions, int i, Set<String> known) {
        Mention a = mentions.get(i);
        Mention b = mentions.get(i + 1);
        String text = s.analysed();
        Matcher link = LINK.matcher(roleWordsDropped(text.substring(a.end(), b.start())));
        if (a.ref().id().equals(b.ref().id()) || !link.matches() || !fits(text, a, b, link.group())) {
            return Optional.empty();
        }
        int end = chainEnd(text, mentions, i + 1);
        if (link.group().contains("(") && stagesOf(a, b, text, end)) {
            return Optional.of(new Merge(b.ref(), a.ref(), ""));
        }
        boolean stores = a.ref().kind().isDataStore() && b.ref().kind().isDataStore();
        boolean inside = link.group().matches("(?is)\\s+in\\s+.*");
        if (inside && !stores) {
            return Optional.empty(); // "the Bookings table in Amazon DynamoDB" is one store; "a function in AWS" is not
        }
        // "audit log bucket (S3 with Object Lock, 7-year retention)": the product, then what it is set up with
        boolean described = stores && link.group().contains("(") && DESCRIBED.matcher(text.substring(end)).lookingAt();
        Matcher tail = TAIL.matcher(text.substring(end));
        boolean kept = link.group().matches("(?s)\\s+(?:is|are)\\s.*") || inside || described;
        // "Orders database: Amazon RDS PostgreSQL holding order history": what follows a label's product describes it
        boolean label = link.group().strip().startsWith(":");
        if (label && b.ref().kind() == ComponentKind.CONTAINER_PLATFORM && a.ref().kind() != ComponentKind.CONTAINER_PLATFORM) {
            return Optional.empty(); // "**Training**: Kubernetes Jobs on the GPU pool": where it runs, not another name
        }
        if (!kept && !label && (!tail.find() || !tailIsRoleWords(tail.group()))) {
            return Optional.empty();
        }
        int tailEnd = kept || label ? end : end + tail.end();
        if (link.group().contains("(") && !described
                && !text.substring(tailEnd).matches("(?s)^(?:\\)|,\\s+(?!and\\b|or\\b)).*")) {
            return Optional.empty();
        }
        String surface = s.text().substring(b.start(), tailEnd).strip().replaceAll("\\s+", " ");
        boolean swap = known.contains(b.ref().id()) && !known.contains(a.ref().id());
        return Optional.of(swap ? new Merge(a.ref(), b.ref(), s.text().substring(a.start(), a.end()))
                : new Merge(b.ref(), a.ref(), surface));
    }

    /**
     * "its Postgres database (Amazon RDS)": role nouns between a product and the bracket that names it
     * again belong to the first name, so the bracket still links the two.
     */
    private static String roleWordsDropped(String gap) {
        Matcher m = ROLE_BEFORE_BRACKET.matcher(gap);
        return m.lookingAt() && Words.of(m.group(1)).stream().allMatch(w -> RoleWords.isRoleNoun(w.text()))
                ? gap.substring(m.end(1)) : gap;
    }

    private static final Pattern ROLE_BEFORE_BRACKET = Pattern.compile("((?:\\s+[A-Za-z]+){1,2})(?=\\s*\\()");

    /** "the release pipeline (Jenkins → registry → cluster)": the tool that opens a pipeline's stages runs it. */
    private static boolean stagesOf(Mention a, Mention b, String text, int end) {
        return a.ref().namedByRole() && a.ref().name().toLowerCase(Locale.ROOT).endsWith("pipeline")
                && b.ref().kind() == ComponentKind.CI_CD && text.substring(end).matches("(?s)\\s*(?:->|→|=>).*");
    }

    private static final Pattern NO_ALIAS = Pattern.compile("(?i)[-—–/]*|n/?a|none|tbd|\\?");

    /** "Conversation Orchestrator | CO | …": the alias column of an inventory names the part again, each name split by commas. */
    private static List<Merge> aliasColumn(FlowTables.Row row, List<Mention> mentions) {
        Optional<FlowTables.Cell> name = row.cell(row.columns().name());
        Optional<FlowTables.Cell> alias = row.cell(row.columns().alias());
        Optional<Mention> part = name.flatMap(n -> mentions.stream()
                .filter(m -> m.start() >= n.start() && m.end() <= n.end()).findFirst());
        if (part.isEmpty() || alias.isEmpty()) {
            return List.of();
        }
        List<Merge> merges = new ArrayList<>();
        for (String a : alias.get().text().split("\\s*[,;/]\\s*|\\s+or\\s+")) {
            String surface = a.replaceAll("[`*_\"“”]", "").strip();
            if (NO_ALIAS.matcher(surface).matches() || surface.length() > 40 || part.get().ref().name().equalsIgnoreCase(surface)) {
                continue;
            }
            merges.add(new Merge(new ComponentRef(Slugs.of(surface), surface, part.get().ref().kind(), ""), part.get().ref(), ""));
            merges.add(new Merge(part.get().ref(), part.get().ref(), surface));
        }
        return merges;
    }

    /** "Helpdesk | SaaS": a part whose technology is a service someone else runs is outside the system. */
    private static List<Merge> outside(FlowTables.Row row, List<Mention> mentions) {
        Optional<FlowTables.Cell> name = row.cell(row.columns().name());
        Optional<FlowTables.Cell> tech = row.cell(row.columns().details());
        Optional<Mention> named = name.flatMap(n -> mentions.stream()
                .filter(m -> m.start() >= n.start() && m.end() <= n.end()).findFirst());
        return named.isPresent() && tech.isPresent() ? outside(named.get().ref(), tech.get()) : List.of();
    }

    private static List<Merge> outside(ComponentRef part, FlowTables.Cell tech) {
        boolean generic = part.namedByRole() && (part.kind() == ComponentKind.PROCESS || part.kind() == ComponentKind.API);
        if (!generic || !HOSTED_ELSEWHERE.matcher(tech.text()).find()) {
            return List.of();
        }
        ComponentRef external = new ComponentRef(part.id(), part.name(), ComponentKind.EXTERNAL_SERVICE, "");
        return List.of(new Merge(external, external, ""));
    }

    /** The names written right after the alias ("PostgreSQL" in "Amazon RDS PostgreSQL") are more aliases. */
    private static List<Merge> chained(String text, List<Mention> mentions, int i, Merge first) {
        List<Merge> more = new ArrayList<>();
        for (int k = i + 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!text.substring(mentions.get(k - 1).end(), m.start()).matches("[ \\t]+")) {
                break;
            }
            if (compatible(first.canonical().kind(), m.ref().kind())) {
                more.add(new Merge(m.ref(), first.canonical(), ""));
            }
        }
        return first.alias().id().equals(mentions.get(i).ref().id()) ? more : List.of();
    }

    /** "A: B" only as the line's label; "A via B" only for a model served by an API. */
    private static boolean fits(String text, Mention a, Mention b, String link) {
        if (!compatible(a.ref().kind(), b.ref().kind())) {
            return false;
        }
        if (link.strip().startsWith(":")) {
            return Words.count(text.substring(0, a.start())) == 0;
        }
        String words = link.toLowerCase(Locale.ROOT);
        if (words.matches("(?s)\\s+(?:is|are)\\s.*")) {
            return a.ref().namedByRole() && !b.ref().namedByRole() && a.ref().kind().isDataStore()
                    && b.ref().kind().isDataStore();
        }
        if (words.contains("via") || words.contains("through")) {
            return a.ref().kind().isMachineLearning() && !a.ref().kind().isDataStore();
        }
        return true;
    }

    /** The end of the names written one after another from mention {@code i} ("Amazon RDS PostgreSQL"). */
    private static int chainEnd(String text, List<Mention> mentions, int i) {
        int end = mentions.get(i).end();
        for (int k = i + 1; k < mentions.size(); k++) {
            if (!text.substring(end, mentions.get(k).start()).matches("[ \\t]+")) {
                break;
            }
            end = mentions.get(k).end();
        }
        return end;
    }

    private static boolean tailIsRoleWords(String tail) {
        return Words.of(tail).stream().allMatch(w -> RoleWords.isRoleNoun(w.text()) || w.text().matches("v?\\d.*")
                || w.lower().equals("instance") || w.lower().equals("cluster") || w.lower().equals("model"));
    }

    /** Two names may be one part: same kind, two stores, a generic process, or an API and its gateway or model. */
    static boolean compatible(ComponentKind a, ComponentKind b) {
        if (a == b) {
            return true;
        }
        if (a == ComponentKind.EXTERNAL_ENTITY || b == ComponentKind.EXTERNAL_ENTITY) {
            return false;
        }
        Set<ComponentKind> loose = Set.of(ComponentKind.PROCESS, ComponentKind.EXTERNAL_SERVICE);
        Set<ComponentKind> apis = Set.of(ComponentKind.API, ComponentKind.API_GATEWAY, ComponentKind.LLM,
                ComponentKind.ML_MODEL);
        Set<ComponentKind> hosts = Set.of(ComponentKind.ML_PIPELINE, ComponentKind.CI_CD); // "Model Registry (MLflow)"
        return a.isDataStore() && b.isDataStore() || loose.contains(a) && !b.isDataStore()
                || a.isDataStore() && hosts.contains(b) || b.isDataStore() && hosts.contains(a)
                || loose.contains(b) && !a.isDataStore() || apis.contains(a) && apis.contains(b);
    }

    /** The more telling of two kinds: a specific kind over a generic process, a specific store over "data store". */
    static ComponentKind kindOf(ComponentKind canonical, ComponentKind alias) {
        if (canonical == ComponentKind.EXTERNAL_SERVICE && (alias == ComponentKind.API || alias == ComponentKind.PROCESS)) {
            return canonical; // a service outside the system stays outside when its API is named too
        }
        if ((canonical == ComponentKind.API || canonical == ComponentKind.ML_MODEL) && alias == ComponentKind.LLM) {
            return alias; // "the LLM API (Anthropic)": a model behind an API is a model
        }
        boolean generic = canonical == ComponentKind.PROCESS || canonical == ComponentKind.EXTERNAL_SERVICE
                || canonical == ComponentKind.DATA_STORE && alias.isDataStore();
        return generic && alias != ComponentKind.PROCESS ? alias : canonical;
    }

    /**
     * Generic products ("Key Management Service", with its "KMS") whose canonical name ends a
     * specific product's name of the same kind ("AWS Key Management Service") when the text names
     * both. Only the canonical name counts: "Vault" is HashiCorp's, not the end of "Azure Key Vault".
     */
    static Map<String, ComponentRef> genericToSpecific(Catalogue catalogue, List<ComponentRef> named) {
        Map<String, ComponentRef> out = new LinkedHashMap<>();
        for (ComponentRef generic : named) {
            List<String> ends = List.of(generic.name().toLowerCase(Locale.ROOT));
            for (ComponentRef specific : named) {
                if (specific.id().equals(generic.id()) || specific.kind() != generic.kind()) {
                    continue;
                }
                boolean ending = names(catalogue, specific).stream().anyMatch(n -> ends.stream()
                        .anyMatch(e -> n.length() > e.length() && n.endsWith(" " + e)));
                if (ending) {
                    out.putIfAbsent(generic.id(), specific);
                }
            }
        }
        return out;
    }

    private static List<String> names(Catalogue catalogue, ComponentRef ref) {
        List<String> names = new ArrayList<>(List.of(ref.name().toLowerCase(Locale.ROOT)));
        catalogue.entry(ref.technology()).ifPresent(e -> {
            e.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
            e.exact().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        });
        return names;
    }
}
