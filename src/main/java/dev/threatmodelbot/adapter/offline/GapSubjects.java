package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part a stated gap is about ({@link GapThreats}): the fact's own part or flow; for a gap said of people, of the
 * whole system or of the client app that hides what its server returns, the one part whose own description shares
 * what the sentence is about, else the part the sentence names first, never a part with the denied control stated
 * in place elsewhere.
 */
final class GapSubjects {

    private GapSubjects() {}

    /**
     * The fact's own part or flow. A gap said of people (other than how they sign in) or of the whole
     * system is about the part its sentence names first; a sentence naming none speaks of the system.
     */
    static List<String> of(ContextModel m, Fact f) {
        Optional<Component> part = m.component(f.subject());
        String said = f.source().quote().toLowerCase(Locale.ROOT);
        boolean client = f.property() == Property.AUTHORIZATION && f.value().equals("client-side");
        if (f.value().equals("prompt-only") && (part.isEmpty() || part.get().kind() != dev.threatmodelbot.domain.context.ComponentKind.LLM)) {
            List<String> models = m.components().stream().filter(c -> c.kind() == dev.threatmodelbot.domain.context.ComponentKind.LLM)
                    .map(Component::id).toList();
            if (models.size() == 1) {
                return models; // "the rule lives in the system prompt": the model is what gets talked past it
            }
        }
        if (f.value().equals("raw-html") && f.subject().equals(Fact.SYSTEM)) {
            List<String> screens = m.components().stream().filter(GapSubjects::clientApp).map(Component::id).toList();
            return screens.size() == 1 ? screens : List.of(Fact.SYSTEM); // what shows HTML is a screen, not the model
        }
        if (client && (f.subject().equals(Fact.SYSTEM) || part.filter(GapSubjects::clientApp).isPresent())) {
            // "enforced in the CNSL UI only": what the screen's own server lets through is the gap
            Optional<String> server = m.components().stream().filter(GapSubjects::clientApp)
                    .filter(c -> named(said, c) >= 0).findFirst().flatMap(c -> serverOf(m, c));
            if (server.isPresent()) {
                return List.of(server.get());
            }
        }
        if (f.subject().equals(Fact.SYSTEM) && LINK_GAPS.contains(f.value())) {
            // "It produces pre-signed GET URLs valid for 7 days": the part the doc shows handing out links
            List<String> issuers = m.flows().stream().filter(fl -> LINKS.matcher(fl.description()).find())
                    .map(DataFlow::source).filter(p -> m.component(p).filter(c -> !outside(c) && !person(c)).isPresent())
                    .distinct().toList();
            if (issuers.size() == 1) {
                return issuers;
            }
        }
        if (f.subject().equals(Fact.SYSTEM) && f.property() == Property.TAMPER_PROTECTION
                && (f.value().equals("unsigned") || f.value().equals("replayable"))) {
            // "We do not verify the Stripe signature on webhook calls": the part of ours the named sender calls takes them
            List<String> receivers = m.components().stream().filter(c -> outside(c) && named(said, c) >= 0)
                    .flatMap(c -> m.flows().stream().filter(fl -> fl.source().equals(c.id())).map(DataFlow::target))
                    .filter(t -> m.component(t).filter(c -> !outside(c) && !person(c)).isPresent()).distinct().toList();
            if (receivers.size() == 1) {
                return receivers;
            }
        }
        if (f.source().kind() == dev.threatmodelbot.domain.context.Source.Kind.DOC && (part.filter(GapSubjects::person).isPresent()
                || f.subject().equals(Fact.SYSTEM) || (client && part.filter(GapSubjects::clientApp).isPresent()))) {
            // "the slot-search endpoint is unauthenticated", "the join link is valid for 7 days": the sentence names no
            // part of ours (or only the app that hides what its server returns); the part described as doing this is meant
            Optional<String> described = secretOf(m, said).or(() -> described(m, said, client)).filter(d -> !controlled(m, d, f));
            if (described.isPresent()) {
                return List.of(described.get());
            }
        }
        boolean person = part.filter(GapSubjects::person).isPresent() && f.property() != Property.AUTHENTICATION;
        if (part.isPresent() && ENTRY_GAPS.contains(f.property()) && outside(part.get())) {
            List<String> entered = m.flows().stream().filter(fl -> fl.source().equals(f.subject()))
                    .map(DataFlow::target).filter(t -> m.component(t).filter(c -> !outside(c)).isPresent()).distinct()
                    .toList();
            if (entered.size() == 1) {
                return entered; // "no rate limiting on the Slack entry point": the part Slack sends to is unlimited
            }
        }
        if (part.isPresent() && outside(part.get()) && f.property() == Property.AUTHORIZATION
                && f.value().equals("over-broad")) {
            List<String> holders = m.flows().stream().filter(fl -> fl.target().equals(f.subject())).map(DataFlow::source)
                    .filter(t -> m.component(t).filter(c -> !outside(c)).isPresent()).distinct().toList();
            if (holders.size() == 1) {
                return holders; // "an app registration holding the Graph `Sites.Read.All` permission": its caller holds it
            }
        }
        if (m.flow(f.subject()).isPresent() || (part.isPresent() && !person)) {
            return List.of(f.subject());
        }
        if (!f.subject().equals(Fact.SYSTEM) && !person) {
            return List.of(); // a part the model dropped
        }
        String quote = f.source().quote().toLowerCase(Locale.ROOT);
        return List.of(m.components().stream().filter(c -> !person(c) && named(quote, c) >= 0 && !controlled(m, c.id(), f))
                .min(java.util.Comparator.comparingInt(c -> named(quote, c))).map(Component::id).orElse(Fact.SYSTEM));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z0-9]{3,}");
    private static final Set<String> COMMON = Set.of("this", "that", "with", "from", "into", "only", "they", "them", "their",
            "there", "which", "what", "when", "where", "while", "before", "after", "every", "each", "some", "other", "than",
            "then", "also", "does", "have", "been", "being", "were", "will", "would", "could", "should", "must", "about",
            "user", "users", "data", "system", "service", "services", "server", "request", "requests", "time", "same",
            "simplicity", "default", "settings", "still", "keep", "kept", "working", "valid", "days", "hours", "anyone",
            "opens", "open", "whether", "because", "through", "over", "under", "full", "including", "include", "includes");
    private static final java.util.regex.Pattern CLIENT_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:app|apps|client|browser|front[- ]?end|UI|SPA|portal|mobile|web)\\b");

    /**
     * The one part of ours whose own description shares the most words with {@code said} (a sentence about "the
     * slot-search endpoint" is about the part described as handling "appointments, slots"), or none when no part or
     * more than one shares as many.
     */
    private static final java.util.regex.Pattern SECRET_NAME = java.util.regex.Pattern.compile(
            "\\b([a-z][a-z0-9]{2,})_(?:token|api_key|key|secret|password|credentials?|dsn|url)\\b");

    /** "`SIGIL_TOKEN` is not marked protected": a secret named after a part is that part's. */
    private static Optional<String> secretOf(ContextModel m, String said) {
        java.util.regex.Matcher named = SECRET_NAME.matcher(said);
        if (!named.find()) {
            return Optional.empty();
        }
        String owner = named.group(1);
        return m.components().stream().filter(c -> !outside(c) && (c.name().equalsIgnoreCase(owner)
                || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(owner)))).map(Component::id).findFirst();
    }

    private static Optional<String> described(ContextModel m, String said, boolean notClient) {
        Set<String> words = stems(said);
        Set<String> lead = new java.util.HashSet<>(); // the first words say what the sentence is about: they count twice
        java.util.regex.Matcher w = WORD.matcher(said.replace('-', ' ').replace('_', ' '));
        while (lead.size() < 4 && w.find()) {
            lead.addAll(stems(w.group()));
        }
        for (Component c : m.components()) {
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.name());
            names.forEach(n -> words.removeAll(stems(n.toLowerCase(Locale.ROOT))));
        }
        lead.retainAll(words);
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Component c : m.components()) {
            Optional<String> description = description(m, c);
            if (outside(c) || description.isEmpty() || (notClient && clientApp(c))) {
                continue;
            }
            Set<String> own = stems(description.get());
            own.retainAll(words);
            if (own.stream().noneMatch(lead::contains)) {
                continue; // it must share what the sentence is about, not a word in passing
            }
            int score = own.size() + (int) own.stream().filter(lead::contains).count();
            if (score > most) {
                best = c.id();
                most = score;
                tie = false;
            } else if (score == most && most > 0) {
                tie = true;
            }
        }
        return tie || best == null || most < 2 ? Optional.empty() : Optional.of(best); // one shared word is chance
    }

    /**
     * Whether another sentence states the control this gap denies in place on {@code part} ("the portal uses SSO with MFA"):
     * a gap said of no part in particular is then not that part's.
     */
    private static boolean controlled(ContextModel m, String part, Fact gap) {
        List<Fact> said = new ArrayList<>(m.factsAbout(part, gap.property()));
        m.flows().stream().filter(fl -> fl.target().equals(part)).forEach(fl -> said.addAll(m.factsAbout(fl.id(), gap.property())));
        Set<String> control = CONTROLS_DENIED.getOrDefault(gap.property() + "=" + gap.value(), Set.of());
        return said.stream().anyMatch(f -> f.status() == FactStatus.STATED
                && !f.source().quote().equals(gap.source().quote()) && control.contains(f.value()));
    }

    /** The values that state in place the control a gap denies ("none" of authentication is denied by SSO, MFA …). */
    private static final Map<String, Set<String>> CONTROLS_DENIED = Map.of(
            "AUTHENTICATION=none", Set.of("password", "api-key", "token", "oauth", "sso", "mfa", "mtls", "iam", "ssh-key"),
            "AUTHENTICATION=single-factor", Set.of("mfa", "passwordless"),
            "TRANSPORT=plain", Set.of("tls", "mtls"),
            "ENCRYPTION_AT_REST=none", Set.of("encrypted", "kms"),
            "RATE_LIMITING=none", Set.of("enabled"),
            "INPUT_VALIDATION=none", Set.of("validated", "sanitised"),
            "AUTHORIZATION=none", Set.of("rbac", "abac", "acl"),
            "AUTHORIZATION=over-broad", Set.of("least-privilege"),
            "LOGGING=none", Set.of("enabled", "audit"));

    /** The first sentence or table row that names this part before any other: where the doc says what it is. */
    private static Optional<String> description(ContextModel m, Component c) {
        for (var mention : c.mentions()) {
            String quote = mention.quote().toLowerCase(Locale.ROOT);
            int own = named(quote, c);
            if (own >= 0 && m.components().stream().filter(o -> o != c).mapToInt(o -> named(quote, o))
                    .allMatch(at -> at < 0 || at > own)) {
                return Optional.of(quote);
            }
        }
        return Optional.empty();
    }

    private static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher w = WORD.matcher(text.replace('-', ' ').replace('_', ' '));
        while (w.find()) {
            String s = w.group();
            if (COMMON.contains(s)) {
                continue;
            }
            s = s.endsWith("ies") ? s.substring(0, s.length() - 3) + "y" : s.endsWith("ing") && s.length() > 6
                    ? s.substring(0, s.length() - 3) : s.endsWith("ed") && s.length() > 5 ? s.substring(0, s.length() - 2)
                    : s.endsWith("s") && !s.endsWith("ss") && s.length() > 4 ? s.substring(0, s.length() - 1) : s;
            if (!COMMON.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** An app people hold or open: what it hides, its server still hands out. */
    private static boolean clientApp(Component c) {
        return c.kind() == dev.threatmodelbot.domain.context.ComponentKind.WEB_APP || CLIENT_NAME.matcher(c.name()).find();
    }

    /** Controls an entry point has: missing "on" an outside service, they are missing where it enters the system. */
    private static final java.util.Set<Property> ENTRY_GAPS = java.util.EnumSet.of(Property.RATE_LIMITING,
            Property.AUTHENTICATION, Property.INPUT_VALIDATION);

    /** A service or party outside the team's system. */
    private static boolean outside(Component c) {
        return c.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_SERVICE
                || c.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY;
    }

    /** Someone, not something: no control of theirs is missing, only one of the parts they use. */
    private static boolean person(Component c) {
        return c.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY && c.technology().isBlank();
    }

    private static final Set<String> LINK_GAPS = Set.of("bearer-link", "no-revocation");
    private static final java.util.regex.Pattern LINKS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:pre-?signed|signed|download|share|sharing|magic|invite)\\b[^.;]{0,20}\\b(?:URLs?|links?)\\b");

    private static final java.util.regex.Pattern SCREEN_WORD = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:UI|app|web app|frontend|front[- ]end|SPA|portal|console|dashboard)$");
    private static final java.util.regex.Pattern SERVER_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:\\s+(?:backend|back[- ]end|API|server|service))?");

    /** The one part a screen sends to, else the part named as its server ("CNSL UI" → "CNSL backend", "CNSL"). */
    private static Optional<String> serverOf(ContextModel m, Component app) {
        List<String> targets = m.flows().stream().filter(fl -> fl.source().equals(app.id())).map(DataFlow::target)
                .filter(t -> m.component(t).filter(c -> !outside(c) && !clientApp(c)).isPresent()).distinct().toList();
        if (targets.size() == 1) {
            return Optional.of(targets.get(0));
        }
        java.util.regex.Matcher screen = SCREEN_WORD.matcher(app.name().strip());
        if (!screen.find()) {
            return Optional.empty();
        }
        String base = app.name().strip().substring(0, screen.start()).toLowerCase(Locale.ROOT);
        return m.components().stream().filter(c -> !c.id().equals(app.id()) && !clientApp(c))
                .filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(base)
                        && SERVER_WORD.matcher(c.name().substring(base.length())).matches())
                .sorted(java.util.Comparator.comparingInt(c -> -c.name().length())).map(Component::id).findFirst();
    }

    /** Where the quote first names the part, or -1. */
    private static int named(String quote, Component c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.name());
        return names.stream().filter(n -> n.strip().length() > 2).map(n -> java.util.regex.Pattern.compile("\\b"
                + java.util.regex.Pattern.quote(n.strip().toLowerCase(Locale.ROOT)) + "\\b").matcher(quote))
                .filter(java.util.regex.Matcher::find).mapToInt(java.util.regex.Matcher::start).min().orElse(-1);
    }
}
