package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parts named by where they stand (a flow table's source cell, a segment of an arrow line, an
 * inventory row, a zone list, a definition line with an identifier) that no catalogue product or
 * role name covers, and actors by the heading they are listed under. The kind comes from the
 * words: the last role noun ("Feed host", "Session cache"), a person ("Analyst"), something outside
 * ("Internet feed host", "third-party feed"), a model or vector index; a process otherwise.
 */
final class PositionalNames {
    private static final Set<String> PEOPLE = Set.of("user", "users", "customer", "customers", "attacker", "admin",
            "administrator", "operator", "operators", "analyst", "analysts", "person", "people", "visitor",
            "visitors", "client", "clients", "browser", "internet", "public", "reader", "readers", "member",
            "members", "staff", "employee", "employees", "engineer", "engineers", "developer", "developers",
            "subscriber", "subscribers", "shopper", "shoppers", "patient", "patients", "tenant", "tenants", "guest",
            "guests", "author", "authors", "viewer", "viewers", "owner", "owners", "maintainer", "maintainers",
            "scientist", "scientists", "researcher", "researchers", "reviewer", "reviewers", "auditor", "auditors",
            "manager", "managers", "technician", "technicians", "student", "students", "partner", "partners");
    private static final Set<String> OUTSIDE = Set.of("external", "third-party", "3rd-party", "partner", "vendor",
            "upstream", "remote", "saas");
    private static final Map<String, ComponentKind> MODELS = Map.of("llm", ComponentKind.LLM, "model",
            ComponentKind.ML_MODEL, "vector", ComponentKind.VECTOR_STORE, "embeddings", ComponentKind.VECTOR_STORE,
            "index", ComponentKind.VECTOR_STORE, "dataset", ComponentKind.DATA_STORE, "weights",
            ComponentKind.OBJECT_STORE, "logs", ComponentKind.LOGGING, "log", ComponentKind.LOGGING);

    private PositionalNames() {}

    /** Table cells and arrow-line segments no other name covers name parts by their place (see {@link FlowLines}). */
    static void discover(List<Term> terms, List<Sentence> sentences, Map<String, FlowTables.Row> rows,
            Map<String, ComponentRef> byId, Set<String> names) {
        Lexicon so = Lexicon.ofTerms(terms);
        String heading = "";
        for (Sentence s : sentences) {
            heading = s.kind() == Sentence.Kind.HEADING ? s.text() : heading;
            if (s.kind() == Sentence.Kind.HEADING) {
                codeNamedHeading(s, terms, byId, names);
            } else {
                hostedModel(s, terms, byId, names);
            }
            List<Mention> named = so.mentions(s.analysed());
            List<FlowLines.Span> spans = new ArrayList<>(listed(s.text(), FlowLines.names(s, rows)));
            spans.addAll(FlowLines.zoneList(s, heading));
            if (!Asides.notParts(heading)) {
                Aliases.definedLead(s).ifPresent(l -> spans.add(new FlowLines.Span(l.start(), l.end())));
            }
            if (s.item() && !Asides.notParts(heading)) {
                codeNames(s, named, terms, byId, names);
            }
            if (s.kind() != Sentence.Kind.HEADING && s.kind() != Sentence.Kind.CODE) {
                codeStores(s, named, terms, byId, names);
                arrowCode(s, named, terms, byId, names);
            }
            if (s.item() && (!Asides.notParts(heading) || Asides.actors(heading))) {
                boldDefinition(s, named, terms, byId, names);
            }
            if (Asides.actors(heading)) {
                actorLabel(s).filter(a -> named.stream().noneMatch(m -> m.overlaps(a.start(), a.end())))
                        .ifPresent(a -> addActor(s.text().substring(a.start(), a.end()), terms, byId, names));
            }
            for (FlowLines.Span span : spans) {
                String name = s.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
                boolean covered = named.stream().anyMatch(m -> m.overlaps(span.start(), span.end()));
                FlowTables.Row row = rows.get(s.text());
                // "| relay-controller | Deployment | …", "| DF-2 | `ehr-push` | `ClinicConfig` | …": code names that are parts
                boolean listed = row != null && (row.columns().inventory() || row.columns().flows());
                boolean symbol = !listed && name.matches("[a-z0-9]+(?:[_-][a-z0-9]+)+")
                        || name.matches(".*[=<>%].*|[a-z][^A-Z-]*\\d.*"); // "cosine top-k=20", "top-5": settings, not parts
                if (!covered && !symbol && names.add(name.toLowerCase(Locale.ROOT))) {
                    ComponentRef r = ref(name);
                    byId.putIfAbsent(r.id(), r);
                    terms.add(Term.caseInsensitive(name, byId.get(r.id())));
                }
            }
        }
    }

    private static final java.util.regex.Pattern CODE_STORE = java.util.regex.Pattern.compile(
            "`([a-z0-9][a-z0-9_.-]{1,40})`\\s+(?:(?:S3|GCS|Blob|storage|Postgres|DynamoDB|BigQuery|Kafka|SQS|Pub/Sub|Redis)\\s+)?"
            + "(buckets?|topics?|queues?|streams?)\\b"); // a table or a database is part of a store the text names
    private static final Map<String, ComponentKind> STORE_NOUNS = Map.of("bucket", ComponentKind.OBJECT_STORE, "table",
            ComponentKind.DATA_STORE, "topic", ComponentKind.QUEUE, "queue", ComponentKind.QUEUE, "stream", ComponentKind.QUEUE,
            "database", ComponentKind.DATA_STORE, "cache", ComponentKind.CACHE);

    private static final java.util.regex.Pattern ARROW_CODE = java.util.regex.Pattern.compile(
            "(?:→|->|──▶)\\s*`([a-z][a-z0-9_-]{2,40})`(?!\\s*(?:bucket|table|topic|queue|stream|database|cache)s?\\b)");

    /** "`PUT /api/intake/{id}` → `save-section`": the code name an arrow in a sentence points at handles what it gets. */
    private static void arrowCode(Sentence s, List<Mention> named, List<Term> terms, Map<String, ComponentRef> byId,
            Set<String> names) {
        java.util.regex.Matcher m = ARROW_CODE.matcher(s.text());
        while (m.find()) {
            codeNamed(m.group(1), m.start(1), ComponentKind.PROCESS, named, terms, byId, names);
        }
    }

    /** "writes text to the `sortline-raw` bucket", "the `orders` table": a code name a store noun follows is that store. */
    private static void codeStores(Sentence s, List<Mention> named, List<Term> terms, Map<String, ComponentRef> byId,
            Set<String> names) {
        java.util.regex.Matcher m = CODE_STORE.matcher(s.text());
        while (m.find()) {
            codeNamed(m.group(1), m.start(1), STORE_NOUNS.get(m.group(2).replaceAll("s$", "")), named, terms, byId, names);
        }
    }

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final java.util.regex.Pattern TRAILING_PATH = java.util.regex.Pattern.compile("(?<=\\S)\\s+`[^`]*`?\\s*$");

    /**
     * "| F3 | till, hook, paymaster | bus |": a cell listing names names each of them; "till `/refunds`" is till (the path
     * is where on it).
     */
    private static List<FlowLines.Span> listed(String text, List<FlowLines.Span> spans) {
        List<FlowLines.Span> out = new ArrayList<>();
        for (FlowLines.Span span : spans) {
            String cell = text.substring(span.start(), span.end());
            java.util.regex.Matcher sep = LIST_SEPARATOR.matcher(cell);
            int from = 0;
            List<FlowLines.Span> parts = new ArrayList<>();
            while (sep.find()) {
                parts.add(new FlowLines.Span(span.start() + from, span.start() + sep.start()));
                from = sep.end();
            }
            parts.add(new FlowLines.Span(span.start() + from, span.end()));
            if (parts.size() == 1 || parts.stream().anyMatch(p -> Words.count(text.substring(p.start(), p.end())) > 4)) {
                parts = List.of(span);
            }
            for (FlowLines.Span p : parts) {
                java.util.regex.Matcher path = TRAILING_PATH.matcher(text.substring(p.start(), p.end()));
                out.add(path.find() ? new FlowLines.Span(p.start(), p.start() + path.start()) : p);
            }
        }
        return out;
    }

    /** A part named by a code name at {@code at}, unless a known name covers it or it is named already. */
    private static void codeNamed(String name, int at, ComponentKind kind, List<Mention> named, List<Term> terms,
            Map<String, ComponentRef> byId, Set<String> names) {
        if (named.stream().noneMatch(m -> m.overlaps(at, at + name.length())) && names.add(name.toLowerCase(Locale.ROOT))) {
            ComponentRef r = new ComponentRef(Slugs.of(name), name, kind, "");
            byId.putIfAbsent(r.id(), r);
            terms.add(Term.exact(name, byId.get(r.id())));
        }
    }

    /**
     * "- `kestrel-sync`: a single Go binary …", "- `kst` CLI and `kst-agent`: …": a list item that opens with code names
     * and a colon or dash defines parts by those names, of the kind its description gives (a server, tables, assets).
     */
    private static void codeNames(Sentence s, List<Mention> named, List<Term> terms, Map<String, ComponentRef> byId,
            Set<String> names) {
        java.util.regex.Matcher lead = CODE_LEAD.matcher(s.text());
        if (!lead.lookingAt()) {
            return;
        }
        String description = s.text().substring(lead.end());
        if (FOR_USE.matcher(description).lookingAt()) {
            return; // "- `oidc` — for humans using the Console": a setting's value, what it is for, not a part
        }
        ComponentKind kind = describedKind(description);
        java.util.regex.Matcher code = CODE_NAME.matcher(lead.group(1));
        while (code.find()) {
            String name = code.group(1);
            if (!name.matches(".*[-_.].*") && !SAYS_KIND.matcher(description).find()) {
                continue; // a bare word in code ("`token` — long-lived tokens") is a value unless its line says what part it is
            }
            codeNamed(name, lead.start(1) + code.start(1), kind, named, terms, byId, names);
        }
    }

    /**
     * "- **Verifier** is a separate deployment that …", "- **App Private Key** is the GitHub App's signing key": a list item
     * that opens with a bold name and says what it is defines a part of the kind it says, unless what it says is a person.
     */
    private static void boldDefinition(Sentence s, List<Mention> named, List<Term> terms, Map<String, ComponentRef> byId,
            Set<String> names) {
        java.util.regex.Matcher lead = BOLD_IS.matcher(s.text());
        if (!lead.lookingAt()) {
            return;
        }
        String name = lead.group(1).strip();
        int at = lead.start(1);
        String description = s.text().substring(lead.end());
        if (named.stream().anyMatch(m -> m.overlaps(at, at + name.length())) || PERSON.matcher(description).lookingAt()
                || Words.count(name) > 4 || !Character.isUpperCase(name.charAt(0))) {
            return;
        }
        Optional<ComponentKind> kind = statedKind(description);
        if (kind.isEmpty() || !names.add(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        ComponentRef r = new ComponentRef(Slugs.of(name), name, kind.get(), "");
        byId.putIfAbsent(r.id(), r);
        terms.add(Term.caseInsensitive(name, byId.get(r.id())));
    }

    /**
     * "Internal gateway in front of a hosted model API": a language model the doc names only by what it is is a part, and
     * "the model" and "the LLM" are it, unless a model product or another model is named.
     */
    private static void hostedModel(Sentence s, List<Term> terms, Map<String, ComponentRef> byId, Set<String> names) {
        java.util.regex.Matcher h = HOSTED_MODEL.matcher(s.analysed());
        if (!h.find() || byId.values().stream().anyMatch(r -> r.kind() == ComponentKind.LLM || r.kind() == ComponentKind.ML_MODEL)
                || terms.stream().anyMatch(t -> t.ref().kind() == ComponentKind.LLM && !t.ref().namedByRole()
                        && Lexicon.ofTerms(List.of(t)).mentions(s.analysed()).size() > 0)) {
            return;
        }
        ComponentRef r = new ComponentRef("llm", "LLM", ComponentKind.LLM, "");
        byId.putIfAbsent(r.id(), r);
        for (String n : List.of(h.group(1), "the model", "the LLM", "the language model")) {
            if (names.add(n.toLowerCase(Locale.ROOT))) {
                terms.add(Term.caseInsensitive(n, byId.get(r.id())));
            }
        }
    }

    private static final java.util.regex.Pattern HOSTED_MODEL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:in front of|calls?|sends? (?:the )?prompts? to|behind) (?:an? |the )?((?:hosted|third[- ]party|external|vendor"
                    + "|managed|foundation) (?:LLM|language model|chat model|model)(?: API| provider| service| endpoint)?)\\b");

    /** "### critter-hook (Webhook Receiver)": a section about one part, by its code name and its role name. */
    private static void codeNamedHeading(Sentence s, List<Term> terms, Map<String, ComponentRef> byId, Set<String> names) {
        java.util.regex.Matcher h = CODE_HEADING.matcher(s.text().strip());
        if (!h.matches()) {
            return;
        }
        String code = h.group(1);
        String role = h.group(2).strip();
        Optional<ComponentKind> kind = RoleWords.kindOf(Words.of(role).get(Words.of(role).size() - 1).text());
        if (kind.isEmpty() || kind.get() == ComponentKind.EXTERNAL_ENTITY) {
            return;
        }
        ComponentRef r = byId.computeIfAbsent(Slugs.of(role), id -> new ComponentRef(id, role, kind.get(), ""));
        if (names.add(role.toLowerCase(Locale.ROOT))) {
            terms.add(Term.caseInsensitive(role, r));
        }
        if (names.add(code.toLowerCase(Locale.ROOT))) {
            terms.add(Term.exact(code, r));
        }
    }

    private static final java.util.regex.Pattern CODE_HEADING = java.util.regex.Pattern.compile(
            "^(?:#+\\s*)?`?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?\\s+\\(([A-Z][\\w ]{2,40})\\)$");

    private static final java.util.regex.Pattern BOLD_IS = java.util.regex.Pattern.compile(
            "^\\s*\\*\\*([^*]{2,50})\\*\\*(?:\\s*\\([^)]{1,40}\\))?\\s+(?:is|are)\\s+(?:an?|the|one|our|a pool of|a set of)?\\s*");
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            "(?i)(?:\\w+\\s+){0,2}(?:person|people|team|user|users|human|engineers?|maintainers?|admins?|administrators?"
                    + "|developers?|contributors?|members?|anyone|staff|customers?|operators?|owners?|organi[sz]ations?)\\b");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\w'’.-]+\\s+){0,4}(?:signing |private |API |encryption )?(?:keys?|secrets?|certificates?|tokens?)\\b");
    private static final java.util.regex.Pattern CONFIG = java.util.regex.Pattern.compile(
            "(?i)^(?:[`\\w'’./-]+\\s+){0,4}(?:files?|config(?:uration)?s?|settings|bundles?|rules?|packs?|manifests?|policies)\\b");
    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\w'’.-]+\\s+){0,4}(?:deployments?|services?|workers?|pool|process(?:es)?|daemons?|library|librar(?:y|ies)"
                    + "|jobs?|functions?|containers?|binar(?:y|ies)|tools?|bots?|modules?|components?|plugins?)\\b");

    /** The kind a definition's opening words give, if they give one. */
    private static Optional<ComponentKind> statedKind(String description) {
        if (WEB.matcher(description).find() && !KEY.matcher(description).lookingAt()) {
            return Optional.of(ComponentKind.WEB_APP);
        }
        if (KEY.matcher(description).lookingAt()) {
            return Optional.of(ComponentKind.SECRETS_STORE);
        }
        if (CONFIG.matcher(description).lookingAt()) {
            return Optional.of(ComponentKind.CONFIG_STORE);
        }
        if (STORED.matcher(description).find()) {
            return Optional.of(ComponentKind.DATA_STORE);
        }
        if (RUNS.matcher(description).lookingAt()) {
            return Optional.of(ComponentKind.PROCESS);
        }
        List<Words.Word> words = Words.of(description);
        for (int i = 0; i < Math.min(5, words.size()); i++) {
            Optional<ComponentKind> k = RoleWords.kindOf(words.get(i).text());
            if (k.isPresent() && k.get() != ComponentKind.EXTERNAL_ENTITY) {
                return k;
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern CODE_LEAD = java.util.regex.Pattern.compile(
            "^\\s*((?:`[a-z][\\w.-]{1,40}`(?:\\s+[A-Za-z]{2,12})?(?:\\s*(?:,|and|&)\\s*)?){1,3})\\s*(?::|—|–|-)\\s+");
    private static final java.util.regex.Pattern FOR_USE = java.util.regex.Pattern.compile("(?i)\\s*(?:for|used for|when|if)\\b");
    private static final java.util.regex.Pattern SAYS_KIND = java.util.regex.Pattern.compile("(?i)^\\W*(?:an? |the )?(?:[\\w-]+ ){0,3}"
            + "(?:binary|service|server|daemon|CLI|command[- ]line tool|agent|worker|app|application|library|controller|operator"
            + "|proxy|gateway|database|store|bucket|queue|job)\\b");

    private static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile("`([a-z][\\w.-]{1,40})`");
    private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:static assets|web (?:UI|app|application|vault|client|front ?end)|single[- ]page|SPA|browser extension)\\b");
    private static final java.util.regex.Pattern STORED = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:an? |the )?(?:\\w+ ){0,2}(?:tables?|database|bucket|director(?:y|ies)|store|files?)\\b");

    private static ComponentKind describedKind(String description) {
        if (WEB.matcher(description).find()) {
            return ComponentKind.WEB_APP;
        }
        if (STORED.matcher(description).find()) {
            return ComponentKind.DATA_STORE;
        }
        List<Words.Word> words = Words.of(description);
        for (int i = 0; i < Math.min(8, words.size()); i++) {
            Optional<ComponentKind> k = RoleWords.kindOf(words.get(i).text());
            if (k.isPresent() && k.get() != ComponentKind.EXTERNAL_ENTITY) {
                return k.get();
            }
        }
        return ComponentKind.PROCESS;
    }

    private static void addActor(String text, List<Term> terms, Map<String, ComponentRef> byId, Set<String> names) {
        String label = text.replaceAll("\\s+", " ");
        Optional<ComponentRef> person = Phantoms.judge(actor(label), List.of());
        if (person.isPresent() && names.add(label.toLowerCase(Locale.ROOT))) {
            byId.putIfAbsent(person.get().id(), person.get());
            terms.add(Term.caseInsensitive(label, byId.get(person.get().id())));
        }
    }

    /** The label of a list item under an actors heading ("Platform Admin: installs the chart"). */
    private static Optional<FlowLines.Span> actorLabel(Sentence s) {
        int colon = Labels.end(s.analysed());
        if (colon < 0 || Words.count(s.analysed().substring(0, colon)) > 4 && !s.analysed().contains(" of ")) {
            return Optional.empty();
        }
        return FlowLines.core(s.text(), 0, colon)
                .filter(c -> Character.isUpperCase(s.text().charAt(c.start())));
    }

    static ComponentRef ref(String name) {
        String clean = name.strip().replaceAll("\\s+", " ");
        return new ComponentRef(Slugs.of(clean), clean, kindOf(clean), "");
    }

    /** One listed among the actors: a person unless the words say it is a system outside ("Payment provider"). */
    static ComponentRef actor(String name) {
        ComponentRef r = ref(name.split("\\s+of\\s+")[0]); // "Field Technician of Partner Company" is the technician
        ComponentKind kind = r.kind() == ComponentKind.EXTERNAL_SERVICE || r.kind().isDataStore()
                || r.kind() == ComponentKind.LLM ? r.kind() : ComponentKind.EXTERNAL_ENTITY;
        return new ComponentRef(r.id(), r.name(), kind, "");
    }

    private static final java.util.regex.Pattern CODE_STORE_NAME = java.util.regex.Pattern.compile(
            "^[a-z][a-z0-9]*(?:[-_]?(?:db|database|store|datastore|warehouse))$");

    static ComponentKind kindOf(String name) {
        List<Words.Word> words = Words.of(name);
        if (theirs(words)) {
            return ComponentKind.EXTERNAL_SERVICE;
        }
        ComponentKind kind = RoleWords.ofName(name, kindByWords(name));
        if (kind == ComponentKind.PROCESS && CODE_STORE_NAME.matcher(name).find()) {
            kind = ComponentKind.DATA_STORE; // "ledgerdb", "orders-db", "audit_store": a code name that says it keeps data
        }
        boolean outside = !words.isEmpty() && (OUTSIDE.contains(words.get(0).lower())
                || words.get(0).lower().matches("internet|public|third"));
        return outside && (kind == ComponentKind.PROCESS || kind == ComponentKind.API) ? ComponentKind.EXTERNAL_SERVICE
                : kind;
    }

    /** "Customer webhook URL", "partner callback endpoint": an address someone outside registers is theirs. */
    private static boolean theirs(List<Words.Word> words) {
        return words.size() > 1 && words.get(0).lower().matches("customers?|clients?|tenants?|users?|subscribers?")
                && words.get(words.size() - 1).lower().matches("urls?|endpoints?|callbacks?");
    }

    private static ComponentKind kindByWords(String name) {
        List<Words.Word> words = Words.of(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i).lower();
            Optional<ComponentKind> role = RoleWords.kindOf(w.replaceAll("s$", ""));
            if (PEOPLE.contains(w)) {
                return ComponentKind.EXTERNAL_ENTITY;
            }
            if (MODELS.containsKey(w)) {
                return MODELS.get(w);
            }
            if (role.isPresent()) {
                return role.get();
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean outside = words.stream().anyMatch(w -> OUTSIDE.contains(w.lower())) || lower.contains("third party");
        return outside ? ComponentKind.EXTERNAL_SERVICE : ComponentKind.PROCESS;
    }
}
