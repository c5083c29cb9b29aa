package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a definition line makes one part. A line "Name — description" (or "Name: description")
 * defines the part it opens with:
 * <ul>
 *   <li>the part its description starts with, after a few describing words and before any linking
 *       word, is the same part under another name ("Billing API — Go REST API on EKS", "Build job —
 *       Jenkins pipeline"), unless another definition line names that part too (then it is shared,
 *       like a function runtime several parts use);</li>
 *   <li>a part named by a plural ("Sensors — thermostats and door locks") is the group of the parts
 *       its description names by role.</li>
 * </ul>
 */
final class Definitions {
    private static final Pattern LEAD = Pattern.compile("^\\s*([^—–:]{1,60}?)\\s*(?:\\s[—–]|:)\\s+");
    static final Pattern LINKING = Pattern.compile(
            "(?i)\\b(?:on|behind|via|by|from|with|through|in|at|using|to|into|and|or|that|which|for|of|plus)\\b|[,;+&]");

    /** A description that opens with the part's act or with someone else's thing ("calls Northbank's API"). */
    private static final Pattern ACTS = Pattern.compile("^\\s*(?:\\p{Ll}{3,}(?<!s)s\\b|.*\\p{L}['’]s\\s*$)");

    /** "- **Worker** — …", "4. **Scribe** (summariser worker). Builds …", "1. **`cal-watch`** (Calendar Watcher). A …". */
    static final Pattern BOLD_LABEL = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?\\*\\*(`?)([\\p{L}]"
            + "[\\p{L}\\p{N} &_.-]{0,40}?)`?(?:\\s*\\(([^)]{1,40})\\))?[.:]?\\*\\*(?:\\s*\\(([^)]{1,40})\\))?\\s*"
            + "(?:[—–:]|-\\s|\\.(?:\\s+(?=\\p{Lu})|\\s*$)|(?<=\\.\\*\\*\\s{0,3})(?=\\p{Lu})|(?<=\\.\\*\\*)\\s*$"
            + "|(?<=:\\*\\*\\s{0,3})(?=\\S))");
    /** Words a describing line may open with before saying what the part is: none that acts ("enforced at …"). */
    private static final Pattern ACTING_FIRST = Pattern.compile("(?i)^(?!(?:shared|managed|hosted|dedicated|embedded"
            + "|distributed|containeri[sz]ed|serverless)\\b)\\p{L}+ed\\b");
    private static final Pattern FRONT_END = Pattern.compile("(?i)^(?:[\\p{L}-]+\\s+){0,3}?(?:(?:web\\s+)?front[- ]?end"
            + "|web\\s+(?:app(?:lication)?|UI|portal)|single[- ]page\\s+app(?:lication)?|SPA)\\b");
    private static final int DESCRIBING_WORDS = 5;
    private static final Pattern CODE_NAMED = Pattern.compile("\\(`([a-z][\\w.-]{1,40})`\\)");
    /**
     * What may follow the noun that says what the part is: a linking word or a participle ("service run by the Risk
     * team", "service backed by …"), not another noun ("application description, architecture …").
     */
    private static final Pattern HEAD_FOLLOWS = Pattern.compile("(?i)on|behind|via|by|from|with|through|in|at|using|to|into"
            + "|over|across|against|per|inside|within|under|between|where|whose"
            + "|and|or|that|which|for|of|plus|run|built|written|hosted|deployed|used|owned|kept|\\p{L}+ed|\\p{L}+ing");

    /** Products that say where a part runs ("Kubernetes Jobs on the GPU pool"), not what it is. */
    private static final java.util.Set<ComponentKind> HOSTING = java.util.Set.of(ComponentKind.CONTAINER_PLATFORM,
            ComponentKind.CI_CD);

    /** "### 4.3 Messaging service (`msg-svc`)": a section about one part, by its name and its code name. */
    private static final Pattern HEADING_CODE = Pattern.compile("^\\s*(?:#{1,6}\\s+)?(?:\\d+(?:\\.\\d+)*\\.?\\s+)?"
            + "(\\p{L}[\\p{L}\\p{N} &/_.-]{0,40}?)\\s*\\(`([a-z][\\w.-]{1,40})`\\)\\s*$");

    private Definitions() {}

    /** "5. **Loom** consumes …", "3. **Gullet**, the ingestion API, is …": a bold name, then its act or what it is. */
    private static final Pattern BOLD_ACTOR = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?\\*\\*(\\p{Lu}[\\p{L}\\p{N}-]{2,30}"
            + "(?: \\p{Lu}[\\p{L}\\p{N}-]{2,30})?)\\*\\*(?:,\\s+(?:the|our|an?)\\s+((?:[\\w-]+\\s+){0,3}?[\\w-]+),"
            + "|\\s+(?:then\\s+|also\\s+|only\\s+)?([a-z]{3,}s)\\b)");

    private static Optional<ComponentRef> actor(Sentence s, List<Mention> products) {
        Matcher m = BOLD_ACTOR.matcher(s.text());
        if (!m.lookingAt() || products.stream().anyMatch(p -> p.overlaps(m.start(1), m.end(1)))
                || RoleWords.LEADING.contains(m.group(1).split(" ")[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String name = m.group(1);
        Optional<ComponentKind> kind = m.group(2) == null ? Optional.of(ComponentKind.PROCESS)
                : RoleWords.kindOf(m.group(2).replaceAll(".*\\s", "").toLowerCase(Locale.ROOT));
        return kind.filter(k -> k != ComponentKind.EXTERNAL_ENTITY)
                .map(k -> new ComponentRef(Slugs.of(name), name, RoleWords.ofName(name, k), ""));
    }

    /** The part a heading names with its code name, when the name's last word says what kind of part it is. */
    private static Optional<ComponentRef> heading(Sentence s, List<Mention> products) {
        Optional<ComponentRef> coded = CodeHeadings.part(s, products); // "## 7. seal-worker"
        if (coded.isPresent()) {
            return coded;
        }
        Matcher h = HEADING_CODE.matcher(s.text());
        if (!h.matches() || products.stream().anyMatch(m -> m.overlaps(h.start(1), h.end(1)))) {
            return Optional.empty();
        }
        String name = h.group(1).strip();
        List<Words.Word> words = Words.of(name);
        if (words.isEmpty() || words.size() > 4 || !words.get(0).capitalised()) {
            return Optional.empty();
        }
        return RoleWords.kindOf(words.get(words.size() - 1).lower()).filter(k -> k != ComponentKind.EXTERNAL_ENTITY)
                .map(k -> new ComponentRef(Slugs.of(name), name, RoleWords.ofName(name, k), ""));
    }

    /**
     * The part a list of parts defines in bold ("- **Workers** — consumers of the job queues"), when its
     * last word says what kind of part it is; a plural names the group. A product's own line
     * ("**Amazon SQS** — queues") names the product.
     */
    static Optional<ComponentRef> label(Sentence s, List<Mention> products) {
        if (s.kind() == Sentence.Kind.HEADING) {
            return heading(s, products);
        }
        Matcher bold = BOLD_LABEL.matcher(s.text());
        if (!bold.find()) {
            return actor(s, products);
        }
        String name = bold.group(2).strip();
        if (Phantoms.dataClass(name) || Phantoms.topic(name)) {
            // "- **Restricted:** approved grantees may …" defines a class of data, "- **Access:** only members …" a topic
            return Optional.empty();
        }
        List<Words.Word> words = Words.of(name);
        // "**Slack bot**:", "**GitHub App**": a product named with the role our part plays on it is our part
        boolean ours = words.size() >= 2 && RoleWords.kindOf(words.get(words.size() - 1).lower()).isPresent()
                && products.stream().filter(m -> m.overlaps(bold.start(2), bold.end(2)))
                        .allMatch(m -> m.end() - m.start() < name.length());
        if (!ours && products.stream().anyMatch(m -> m.overlaps(bold.start(2), bold.end(2)))) {
            return Optional.empty();
        }
        // "**`cal-watch`**", "**compass-tools:**": a code name, lower case as written
        boolean code = !bold.group(1).isEmpty() || name.matches("[a-z][a-z0-9]*(?:-[a-z0-9]+)+");
        // "**`hook` (psp-gateway).** Receives …": one word in code is a part when its line says what it does or is
        String rest = s.text().substring(bold.end());
        boolean acts = rest.isBlank() || rest.matches("(?s)\\s*(?:\\p{Lu}\\p{Ll}+s\\b|(?:An?|The) ).*");
        if (code && !name.matches("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+") && !(name.matches("[a-z][a-z0-9]{2,30}") && acts)) {
            return Optional.empty();
        }
        if (words.isEmpty() || words.size() > 4 || !code && !words.get(0).capitalised()
                || RoleWords.LEADING.contains(words.get(0).lower())) {
            return Optional.empty();
        }
        String noun = words.get(words.size() - 1).lower();
        String description = s.text().substring(bold.end());
        long listed = products.stream().filter(m -> m.start() >= bold.end()).map(m -> m.ref().id()).distinct().count();
        if (noun.matches(".*[^s]s") && listed >= 2) {
            return Optional.empty(); // "**Data stores**: Redis, Kafka, Postgres" lists parts; it names none of them
        }
        // "**Keybox** — AWS CloudHSM cluster …": a line opening with a product names that product (see merges)
        boolean productFirst = products.stream().anyMatch(m -> m.start() >= bold.end()
                && !LINKING.matcher(s.text().substring(bold.end(), m.start())).find() && !HOSTING.contains(m.ref().kind()));
        Optional<ComponentKind> kind = RoleWords.kindOf(noun).or(() -> RoleWords.kindOf(noun.replaceAll("s$", "")))
                .or(() -> group(name, description)).or(() -> productFirst ? Optional.empty() : described(description));
        // "**Web** (`lantern-web`) — Django under gunicorn": a name given its code name in brackets is a part we run;
        // "**Scribe** (summariser worker).": the bracket says what kind
        kind = kind.or(() -> Optional.ofNullable(bold.group(4)).or(() -> Optional.ofNullable(bold.group(3))).map(b -> Words.of(b)).filter(w -> !w.isEmpty())
                .flatMap(w -> RoleWords.kindOf(w.get(w.size() - 1).lower())).filter(k -> k != ComponentKind.EXTERNAL_ENTITY))
                .or(() -> CODE_NAMED.matcher(s.text().substring(bold.start(), bold.end())).find() || code
                ? Optional.of(productFirst ? firstProduct(products, bold.end()) : ComponentKind.PROCESS) : Optional.empty())
                // "**Pathway (BFF).**", "**Casework (case management).**": a proper name given its role in brackets
                .or(() -> bold.group(3) != null && words.size() == 1 && !RoleWords.kindOf(noun).isPresent()
                        ? Optional.of(productFirst ? firstProduct(products, bold.end()) : ComponentKind.PROCESS) : Optional.empty());
        return kind.filter(k -> k != ComponentKind.EXTERNAL_ENTITY)
                .map(k -> new ComponentRef(Slugs.of(name), name, RoleWords.ofName(name, k), ""));
    }

    /** "**Memory** (`app-db`). PostgreSQL 16 with pgvector.": the kind of the product the description opens with. */
    private static ComponentKind firstProduct(List<Mention> products, int after) {
        return products.stream().filter(m -> m.start() >= after).findFirst().map(m -> m.ref().kind())
                .filter(k -> k != ComponentKind.EXTERNAL_ENTITY).orElse(ComponentKind.PROCESS);
    }

    /** The code name a bold label gives its part in brackets ("**Web** (`lantern-web`) —"), if any. */
    static Optional<String> bracketCode(Sentence s) {
        Matcher heading = HEADING_CODE.matcher(s.text());
        if (s.kind() == Sentence.Kind.HEADING) {
            return heading.matches() ? Optional.of(heading.group(2)) : Optional.empty();
        }
        Matcher bold = BOLD_LABEL.matcher(s.text());
        if (!bold.find()) {
            return Optional.empty();
        }
        Matcher code = CODE_NAMED.matcher(s.text().substring(bold.start(), bold.end()));
        if (code.find()) {
            return Optional.of(code.group(1));
        }
        // "**`cal-watch`** (Calendar Watcher)": the plain name in brackets is the code-named part's too
        return Optional.ofNullable(bold.group(4)).or(() -> Optional.ofNullable(bold.group(3))).map(String::strip).filter(b -> !bold.group(1).isEmpty()
                && b.matches("\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*){0,3}"));
    }

    /**
     * "**Sentinel** — fraud-scoring service run by the Risk team", "**Back Office** — internal admin web app": a name
     * with no role noun of its own whose description opens by saying what kind of part it is (a role noun among its
     * first few words, before any linking word); "**Rate limiting** — enforced at the gateway" says no such thing.
     */
    static Optional<ComponentKind> described(String description) {
        String opening = Labels.strip(description).strip().replaceAll("^[*_`]+", "");
        Optional<ComponentKind> k = headKind(opening);
        // "a vendor-hosted annotation tool": what another company runs is an outside service, whatever it does
        return k.map(kind -> kind == ComponentKind.PROCESS && ELSEWHERE.matcher(opening.split("[.;:(,]")[0]).find()
                ? ComponentKind.EXTERNAL_SERVICE : kind);
    }

    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:vendor[- ](?:hosted|managed|run)|third[- ]party|SaaS"
            + "|hosted by (?:a |the |our )?(?:vendor|partner|provider))\\b");
    /** Nouns a description may say a part is, beyond the role nouns of names: "an Argo Workflows step", "Kubernetes Jobs". */
    private static final Map<String, ComponentKind> DESCRIBED_AS = Map.of("tool", ComponentKind.PROCESS, "step",
            ComponentKind.PROCESS, "stage", ComponentKind.PROCESS, "task", ComponentKind.PROCESS, "jobs", ComponentKind.PROCESS,
            "workflow", ComponentKind.PROCESS, "cronjob", ComponentKind.PROCESS, "script", ComponentKind.PROCESS, "code",
            ComponentKind.PROCESS, "module", ComponentKind.PROCESS);

    private static Optional<ComponentKind> headKind(String opening) {
        if (ACTING_FIRST.matcher(opening).find()) {
            return Optional.empty();
        }
        if (FRONT_END.matcher(opening).find()) {
            return Optional.of(ComponentKind.WEB_APP);
        }
        String clause = opening.split("[.;:(,]")[0];
        List<Words.Word> words = Words.of(clause);
        for (int i = 0; i < Math.min(DESCRIBING_WORDS, words.size()); i++) {
            String w = words.get(i).lower();
            if (LINKING.matcher(w).matches()) {
                return Optional.empty();
            }
            // "all dashboards, CSV export": a plural says what the item reaches, not what it is
            Optional<ComponentKind> k = RoleWords.kindOf(w).or(() -> Optional.ofNullable(DESCRIBED_AS.get(w)));
            boolean head = i + 1 == words.size() || HEAD_FOLLOWS.matcher(words.get(i + 1).lower()).matches();
            if (k.isPresent() && k.get() != ComponentKind.EXTERNAL_ENTITY && head) {
                return k; // "admin web app for Support Agents": the admins it serves are no kind of part
            }
        }
        return Optional.empty();
    }

    /** "**Sensors** — thermostats and door controllers": a plural whose line says what kind its members are. */
    private static Optional<ComponentKind> group(String name, String description) {
        boolean plural = !name.contains(" ") && name.endsWith("s");
        return plural ? Words.of(Labels.strip(description).split("[.;]")[0]).stream()
                .map(w -> RoleWords.kindOf(w.lower()).or(() -> RoleWords.kindOf(w.lower().replaceAll("s$", ""))))
                .flatMap(Optional::stream).filter(k -> k != ComponentKind.EXTERNAL_ENTITY).findFirst() : Optional.empty();
    }

    /** The merges the text's definition lines state. */
    static List<Aliases.Merge> find(Lexicon lexicon, List<Sentence> sentences) {
        List<Line> lines = new ArrayList<>();
        for (Sentence s : sentences) {
            line(s, lexicon.mentions(s.analysed())).ifPresent(lines::add);
        }
        Map<String, Integer> lineCount = new HashMap<>();
        lines.forEach(l -> l.named().stream().map(m -> m.ref().id()).distinct()
                .forEach(id -> lineCount.merge(id, 1, Integer::sum)));
        List<Aliases.Merge> merges = new ArrayList<>();
        sentences.forEach(s -> shortName(s, lexicon.mentions(s.analysed())).ifPresent(merges::add));
        // "**Web** (`lantern-web`)", "### 4.3 Messaging service (`msg-svc`)": the code name is an alias the part keeps, so
        // later sections (a diagram's `MSG["msg-svc"]`) name it too
        codeNamed(sentences, lexicon).forEach(c -> merges.add(new Aliases.Merge(c.part(), c.part(), c.code())));
        for (Line l : lines) {
            leading(l).filter(b -> lineCount.get(b.ref().id()) == 1).ifPresent(b -> {
                merges.add(new Aliases.Merge(b.ref(), l.part().ref(), ""));
                plainForm(b.ref()).ifPresent(f -> {
                    merges.add(new Aliases.Merge(new ComponentRef(Slugs.of(f), f, b.ref().kind(), ""), l.part().ref(), ""));
                    merges.add(new Aliases.Merge(l.part().ref(), l.part().ref(), f));
                });
            });
            merges.addAll(members(l));
            described(l).ifPresent(merges::add);
        }
        return merges;
    }

    /**
     * "**HSM** — AWS CloudHSM cluster holding …": a bold label that names no part itself is the short
     * name of the product its description opens with, so "the HSM" later is that product.
     */
    private static Optional<Aliases.Merge> shortName(Sentence s, List<Mention> mentions) {
        Matcher bold = BOLD_LABEL.matcher(s.text());
        if (s.kind() == Sentence.Kind.HEADING || !bold.find() || Words.of(bold.group(2)).size() > 2
                || mentions.stream().anyMatch(m -> m.overlaps(bold.start(2), bold.end(2)))) {
            return Optional.empty();
        }
        Optional<Mention> product = mentions.stream().filter(m -> m.start() >= bold.end()).findFirst()
                .filter(m -> !m.ref().namedByRole() && Words.count(s.analysed().substring(bold.end(), m.start())) <= 1
                        && !LINKING.matcher(s.analysed().substring(bold.end(), m.start())).find());
        // "**Fleet Manager** — ECS Fargate service that …": a service running on the platform, not the platform's short name
        return product.filter(p -> !(p.ref().kind() == ComponentKind.CONTAINER_PLATFORM
                        && RUNS_ON.matcher(s.analysed().substring(p.end())).lookingAt()))
                .map(p -> new Aliases.Merge(p.ref(), p.ref(), bold.group(2).strip()));
    }

    private static final Pattern RUNS_ON = Pattern.compile("(?i)(?:\\s+[\\w-]+)?\\s+(?:service|app|application|task|job|cron ?job"
            + "|function|worker|container|deployment|pod|workload)s?\\b");

    /** A definition line: its text, the part it defines, where its description starts, and every part it names. */
    private record Line(String text, Mention part, String label, int description, List<Mention> named) {}

    private static Optional<Line> line(Sentence s, List<Mention> mentions) {
        Matcher lead = LEAD.matcher(s.analysed());
        if (s.kind() == Sentence.Kind.HEADING || !lead.find() || mentions.isEmpty()) {
            return Optional.empty();
        }
        Mention first = mentions.get(0);
        boolean whole = first.start() >= lead.start(1) && first.end() == lead.end(1);
        return whole ? Optional.of(new Line(s.analysed(), first, lead.group(1), lead.end(), mentions))
                : Optional.empty();
    }

    /**
     * "Kotlin REST API" is later just "the REST API": the name without the leading words that only say
     * what it is built with, when what is left is generic words and a role noun.
     */
    private static Optional<String> plainForm(ComponentRef r) {
        List<Words.Word> words = Words.of(r.name());
        int start = words.size();
        while (start > 0 && (RoleWords.GENERIC.contains(words.get(start - 1).lower())
                || RoleWords.isRoleNoun(words.get(start - 1).text()))) {
            start--;
        }
        return r.namedByRole() && start > 0 && words.size() - start >= 2
                ? Optional.of(r.name().substring(words.get(start).start())) : Optional.empty();
    }

    /** The part the description opens with, when only describing words come before it. */
    private static Optional<Mention> leading(Line l) {
        Optional<Mention> b = l.named().stream().filter(m -> m.start() >= l.description()).findFirst();
        if (b.isEmpty() || b.get().ref().id().equals(l.part().ref().id()) || !l.part().ref().namedByRole()) {
            return Optional.empty();
        }
        String before = l.text().substring(l.description(), b.get().start());
        boolean describing = Words.count(before) <= 4 && !LINKING.matcher(before).find()
                && !before.matches("(?s).*[#@/]\\s*") // "#channel-name", "@handle": an address, not a part
                && !ACTS.matcher(before).find(); // "calls Northbank's REST API": what the part uses, not what it is
        // "Fleet Manager — ECS Fargate service that …": the platform it runs on, not another name of it
        boolean platform = b.get().ref().kind() == ComponentKind.CONTAINER_PLATFORM
                && l.part().ref().kind() != ComponentKind.CONTAINER_PLATFORM;
        return describing && !platform && Aliases.compatible(l.part().ref().kind(), b.get().ref().kind()) ? b
                : Optional.empty();
    }

    /**
     * "Ledger — append-only database of payments": a part named by role with no telling kind takes the
     * kind its description opens with.
     */
    private static Optional<Aliases.Merge> described(Line l) {
        ComponentRef part = l.part().ref();
        if (!part.namedByRole() || part.kind() != ComponentKind.PROCESS) {
            return Optional.empty();
        }
        List<Words.Word> words = Words.of(l.text().substring(l.description()));
        for (int i = 0; i < Math.min(3, words.size()); i++) {
            if (LINKING.matcher(words.get(i).text()).matches()) {
                return Optional.empty();
            }
            Optional<ComponentKind> kind = RoleWords.kindOf(words.get(i).text()).filter(k -> k != ComponentKind.PROCESS
                    && k != ComponentKind.EXTERNAL_ENTITY);
            if (kind.isPresent()) {
                ComponentRef rekinded = new ComponentRef(part.id(), part.name(), kind.get(), "");
                return Optional.of(new Aliases.Merge(rekinded, rekinded, ""));
            }
        }
        return Optional.empty();
    }

    /** The parts a group's description names by role are its members. */
    private static List<Aliases.Merge> members(Line l) {
        if (!NameLinks.isGroup(l.part().ref())) {
            return List.of();
        }
        return l.named().stream().filter(m -> m.start() >= l.description() && m.ref().namedByRole()
                        && m.ref().kind() != ComponentKind.EXTERNAL_ENTITY
                        && !m.ref().id().equals(l.part().ref().id())
                        && Aliases.compatible(l.part().ref().kind(), m.ref().kind()))
                .map(m -> new Aliases.Merge(m.ref(), l.part().ref(), "")).toList();
    }

    /**
     * The parts a document defines with a code name ("### 4.3 Messaging service (`msg-svc`)", "**Web** (`lantern-web`)"),
     * known from the start, so a diagram drawn before the definitions (`MSG["msg-svc"]`) already names them.
     */
    static dev.threatmodelbot.domain.context.ContextModel coded(List<Sentence> sentences, Lexicon lexicon,
            dev.threatmodelbot.domain.context.Source source) {
        Map<String, dev.threatmodelbot.domain.context.Component> parts = new java.util.LinkedHashMap<>();
        codeNamed(sentences, lexicon).forEach(c -> parts.putIfAbsent(c.part().id(), new dev.threatmodelbot.domain.context.Component(
                c.part().id(), c.part().name(), c.part().kind(), c.part().technology(), List.of(source), List.of(c.code()))));
        return new dev.threatmodelbot.domain.context.ContextModel(List.copyOf(parts.values()), List.of(), List.of());
    }

    /** A part a heading or bold label defines and the code name it gives it in brackets. */
    private record CodeNamed(ComponentRef part, String code) {}

    private static List<CodeNamed> codeNamed(List<Sentence> sentences, Lexicon lexicon) {
        List<CodeNamed> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> products = lexicon.mentions(s.analysed()).stream().filter(m -> !m.ref().namedByRole()).toList();
            Optional<String> code = bracketCode(s);
            label(s, products).filter(r -> code.isPresent() && !code.get().equalsIgnoreCase(r.name()))
                    .ifPresent(r -> out.add(new CodeNamed(r, code.get())));
        }
        return out;
    }
}
