package dev.threatmodelbot.adapter.offline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.application.ThreatDrafter;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.Assumptions;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offline engine's threat drafting: the rules of {@code offline/threat-rules.yaml} applied to
 * every part and flow the context model names, conditioned on its facts (a risky value makes a
 * threat certain, a safe value drops it, silence leaves an assumption that counts as a threat only
 * where a stated fact or data flow makes it relevant; a part named only in passing gets only the
 * certain ones), then attack chains from a compromised entry point along data flows to a data
 * store. Nothing is drafted about a part no source named. Threats resting on silence alone cite
 * nothing but the parts' names ({@link Threat#restsOnSilence()}): the draft lists them as
 * assumptions to confirm. Ordered by severity, then confidence.
 */
public final class RuleThreatDrafter implements ThreatDrafter {
    static final String CHAIN = "chain:entry-to-data";
    private static final int MAX_CHAINS = 5;
    /** Where a foothold gives server-side access (code in users' browsers does not). */
    private static final Set<ComponentKind> ENTRY = Set.of(ComponentKind.API, ComponentKind.API_GATEWAY,
            ComponentKind.FUNCTION, ComponentKind.PROCESS, ComponentKind.CONTAINER_PLATFORM);

    private final List<Rule> rules;

    RuleThreatDrafter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The drafter with the rules shipped in {@code offline/threat-rules.yaml}. */
    public static RuleThreatDrafter packaged() {
        try (InputStream in = RuleThreatDrafter.class.getResourceAsStream("/offline/threat-rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/threat-rules.yaml is missing from the classpath");
            }
            return new RuleThreatDrafter(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> read(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(yaml, File.class);
        for (Rule r : file.rules()) {
            if (r.stride() == null || r.stride().isEmpty() || r.title() == null || r.mitigation() == null
                    || (r.kinds() == null) == !Boolean.TRUE.equals(r.flows())) {
                throw new IllegalStateException("threat rule " + r.id() + " needs stride, title, mitigation and "
                        + "either kinds or flows");
            }
            if (AttackClass.of(r.attack()).isEmpty()) {
                throw new IllegalStateException("threat rule " + r.id() + " needs an attack class, not " + r.attack());
            }
            if (r.control() == null && r.requires() == null && r.grounds().isEmpty() && !Boolean.TRUE.equals(r.flows())) {
                throw new IllegalStateException("threat rule " + r.id() + " rests only on a part existing: give it "
                        + "a control, requires or grounds");
            }
            r.owasp().forEach(code -> OwaspLlm.code2026(code).orElseThrow(() ->
                    new IllegalStateException("threat rule " + r.id() + " has no such OWASP LLM id: " + code)));
            r.stride().forEach(s -> Stride.of(s.charAt(0)));
        }
        return file.rules();
    }

    record File(List<Rule> rules) {}

    record Condition(Property property, List<String> risky, List<String> values, Boolean system,
            @JsonProperty("or_system") Boolean orSystem, Boolean upstream) {
        boolean onSystem() {
            return Boolean.TRUE.equals(system);
        }

        /** The live facts stating one of {@code values} about the subject, the system or either. */
        List<Fact> met(ContextModel m, String subject) {
            List<Fact> out = new ArrayList<>();
            if (!onSystem()) {
                out.addAll(live(m, subject, property));
            }
            if (onSystem() || Boolean.TRUE.equals(orSystem)) {
                out.addAll(live(m, Fact.SYSTEM, property));
            }
            if (Boolean.TRUE.equals(upstream)) { // what the parts feeding it take in reaches it too
                m.flows().stream().filter(f -> f.target().equals(subject)).map(DataFlow::source).distinct()
                        .forEach(source -> out.addAll(live(m, source, property)));
            }
            return out.stream().filter(f -> values.contains(f.value())).toList();
        }
    }

    record Rule(String id, List<String> stride, List<ComponentKind> kinds, Boolean flows,
            @JsonProperty("target_kinds") List<ComponentKind> targetKinds,
            @JsonProperty("source_not") List<ComponentKind> sourceNot, Boolean once, Condition control,
            Condition requires, List<Ground> grounds, @JsonProperty("drop_when_silent") Boolean dropWhenSilent,
            int likelihood, int impact, String attack, String title, String description, String mitigation,
            List<String> owasp, List<String> atlas) {
        Rule {
            grounds = grounds == null ? List.of() : List.copyOf(grounds);
            owasp = owasp == null ? List.of() : List.copyOf(owasp);
            atlas = atlas == null ? List.of() : List.copyOf(atlas);
        }
    }

    @Override
    public List<Threat> draft(ContextModel model) {
        Map<String, Threat> drafted = new LinkedHashMap<>();
        for (Rule r : rules) {
            for (Threat t : apply(r, model)) {
                drafted.merge(t.id(), t, (a, b) -> a);
            }
        }
        List<Threat> threats = new ArrayList<>(merged(drafted.values()));
        threats.addAll(chains(model, threats));
        threats.sort(Comparator.comparing(Threat::severity).reversed()
                .thenComparing(Comparator.comparing(Threat::confidence).reversed())
                .thenComparing(Threat::id));
        return threats;
    }

    private List<Threat> apply(Rule r, ContextModel m) {
        List<Threat> out = new ArrayList<>();
        if (Boolean.TRUE.equals(r.flows())) {
            for (DataFlow f : m.flows()) {
                boolean target = r.targetKinds() == null || m.component(f.target())
                        .map(c -> r.targetKinds().contains(c.kind())).orElse(false);
                boolean source = r.sourceNot() == null || m.component(f.source())
                        .map(c -> !r.sourceNot().contains(c.kind())).orElse(true);
                if (target && source) {
                    threat(r, m, List.of(f.id()), flowName(m, f), f.id()).ifPresent(out::add);
                }
            }
            return out;
        }
        List<Component> parts = m.components().stream().filter(c -> r.kinds().contains(c.kind())).toList();
        if (Boolean.TRUE.equals(r.once())) {
            // parts named once in passing would only lengthen the list ("Kubernetes, Helm and 7 more")
            List<Component> named = parts.stream().filter(c -> !inPassing(m, c)).toList();
            List<Component> about = named.isEmpty() ? parts : named;
            if (!about.isEmpty()) {
                threat(r, m, about.stream().map(Component::id).toList(), names(about), Fact.SYSTEM)
                        .ifPresent(out::add);
            }
            return out;
        }
        List<Component> systemWide = new ArrayList<>();
        Map<Component, Threat> own = new LinkedHashMap<>();
        for (Component c : parts) {
            Optional<Threat> t = threat(r, m, List.of(c.id()), c.name(), c.id())
                    .filter(x -> (x.confidence() != Confidence.LOW && !x.restsOnSilence()) || !inPassing(m, c));
            if (t.isPresent() && onlySystemFacts(m, t.get())) {
                systemWide.add(c); // said of the system, not of this part: one threat for all of them, below
            } else {
                t.ifPresent(x -> own.put(c, x));
            }
        }
        if (systemWide.isEmpty()) {
            out.addAll(own.values());
            return out;
        }
        // parts whose own threat also rests on the same system facts join the one threat, with their own evidence
        List<Component> joined = new ArrayList<>(systemWide);
        List<String> extra = new ArrayList<>();
        own.forEach((c, t) -> {
            if (t.evidence().stream().anyMatch(e -> m.fact(e).map(f -> f.subject().equals(Fact.SYSTEM)).orElse(false))) {
                joined.add(c);
                extra.addAll(t.evidence());
            } else {
                out.add(t);
            }
        });
        threat(r, m, joined.stream().map(Component::id).toList(), names(joined), Fact.SYSTEM)
                .map(t -> withEvidence(t, extra)).ifPresent(out::add);
        return out;
    }

    private static Threat withEvidence(Threat t, List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.addAll(t.evidence());
        return new Threat(t.id(), t.rule(), t.title(), t.description(), t.stride(), t.subjects(), t.likelihood(),
                t.impact(), t.mitigation(), all.stream().distinct().toList(), t.assumptions(), t.confidence(),
                t.owaspLlm(), t.atlas(), t.attack());
    }

    private static final Set<String> DISCLOSURE = Set.of(AttackClass.DATA_DISCLOSURE.code(),
            AttackClass.LLM_DISCLOSURE.code());
    private static final Set<String> SENSITIVE = Set.of("pii", "payment", "credentials", "health", "confidential");

    /** Sensitive data stated of the subjects (a part, or both ends of a flow) or of flows into them. */
    private static List<Fact> sensitiveData(ContextModel m, List<String> subjects) {
        Set<String> around = new LinkedHashSet<>(subjects);
        for (String s : subjects) {
            m.flow(s).ifPresent(f -> {
                around.add(f.source());
                around.add(f.target());
            });
            m.flows().stream().filter(f -> f.target().equals(s)).forEach(f -> around.add(f.id()));
        }
        return around.stream().flatMap(s -> live(m, s, Property.DATA_CLASSIFICATION).stream())
                .filter(f -> SENSITIVE.contains(f.value())).toList();
    }

    /** Every piece of evidence is a fact about the whole system: nothing ties the threat to one part. */
    private static boolean onlySystemFacts(ContextModel m, Threat t) {
        return !t.evidence().isEmpty() && t.evidence().stream()
                .allMatch(e -> m.fact(e).map(f -> f.subject().equals(Fact.SYSTEM)).orElse(false));
    }

    /** The rule's threat about {@code subjects}, or none when a condition rules it out. */
    private Optional<Threat> threat(Rule r, ContextModel m, List<String> subjects, String name, String subject) {
        List<String> evidence = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        Confidence confidence = Confidence.MEDIUM;
        int likelihood = r.likelihood();
        if (r.requires() != null) {
            List<Fact> met = r.requires().met(m, subject);
            if (met.isEmpty()) {
                return Optional.empty();
            }
            met.forEach(f -> evidence.add(f.id()));
        }
        boolean silent = false;
        boolean certain = false;
        if (r.control() != null) {
            Property p = r.control().property();
            List<Fact> said = new ArrayList<>(live(m, r.control().onSystem() ? Fact.SYSTEM : subject, p));
            if (Boolean.TRUE.equals(r.control().orSystem()) && !r.control().onSystem()) {
                said.addAll(live(m, Fact.SYSTEM, p));
            }
            said.removeIf(f -> f.value().equals(Fact.DESCRIBED));
            List<Fact> risky = said.stream().filter(f -> r.control().risky().contains(f.value())).toList();
            if (!risky.isEmpty()) {
                confidence = Confidence.HIGH;
                certain = true;
                risky.forEach(f -> evidence.add(f.id()));
            } else if (!said.isEmpty() || Boolean.TRUE.equals(r.dropWhenSilent())) {
                return Optional.empty(); // the control is in place, or silence says nothing here
            } else {
                silent = true;
                confidence = Confidence.LOW;
                likelihood = Math.max(1, likelihood - 1);
                assumptions.add(Assumptions.nobodySaid(p.words(), name));
            }
        }
        if (!certain && !r.grounds().isEmpty()) {
            List<String> grounds = grounds(r, m, subjects);
            if (grounds.isEmpty() && !silent) {
                return Optional.empty();
            }
            evidence.addAll(grounds);
        }
        if (Boolean.TRUE.equals(r.flows()) && !silent) {
            evidence.add(Evidence.flow(subject)); // the flow itself is what the threat is about
        }
        if (evidence.isEmpty()) {
            subjects.forEach(s -> evidence.add(Evidence.named(s)));
        }
        int impact = r.impact();
        if (DISCLOSURE.contains(r.attack())) { // what leaks is what matters: stated sensitive data raises the impact
            List<Fact> sensitive = sensitiveData(m, subjects);
            if (!sensitive.isEmpty() && !silent) {
                impact = 3;
                sensitive.stream().limit(2).forEach(f -> evidence.add(f.id()));
            }
        }
        Set<Stride> stride = r.stride().stream().map(s -> Stride.of(s.charAt(0))).collect(Collectors.toSet());
        List<String> owasp = r.owasp().stream().map(c -> OwaspLlm.code2026(c).orElseThrow()).toList();
        return Optional.of(new Threat(r.id() + ":" + subject, r.id(), fill(r.title(), name),
                fill(Optional.ofNullable(r.description()).orElse(""), name), stride, subjects, likelihood, impact,
                fill(r.mitigation(), name), evidence.stream().distinct().toList(), assumptions, confidence, owasp,
                r.atlas(), r.attack()));
    }

    /** The flows and facts that make the rule relevant to {@code subjects}: evidence ids, none when no ground holds. */
    private static List<String> grounds(Rule r, ContextModel m, List<String> subjects) {
        List<String> out = new ArrayList<>();
        for (Ground g : r.grounds()) {
            for (String s : subjects) {
                if (Boolean.TRUE.equals(g.itself()) && m.flow(s).isPresent()) {
                    out.add(Evidence.flow(s));
                }
                if (Boolean.TRUE.equals(g.crosses()) && m.flow(s).filter(f -> crosses(m, f)).isPresent()) {
                    out.add(Evidence.flow(s));
                }
                if (g.fact() != null) {
                    g.fact().met(m, s).forEach(f -> out.add(f.id()));
                }
                if (!g.signsInThrough().isEmpty()) { // people sign in somewhere: there are users to tell apart
                    m.flows().stream().filter(f -> m.component(f.target())
                            .map(c -> g.signsInThrough().contains(c.kind())).orElse(false)).limit(1)
                            .forEach(f -> out.add(Evidence.flow(f.id())));
                    m.components().stream().filter(c -> g.signsInThrough().contains(c.kind()))
                            .flatMap(c -> live(m, c.id(), Property.AUTHENTICATION).stream()).limit(1)
                            .forEach(f -> out.add(f.id()));
                }
                if (g.flow() != null) {
                    m.flows().stream().filter(f -> g.touches(m, f, s)).limit(2)
                            .forEach(f -> out.add(Evidence.flow(f.id())));
                }
            }
        }
        return out.stream().distinct().limit(4).toList();
    }

    /**
     * What makes a rule relevant beyond a part existing: a data flow into ({@code in}), out of
     * ({@code out}) or touching ({@code any}) the part, from or to parts of the kinds {@code from}
     * (any kind when empty); a fact as in {@code requires}; for a flow, that it {@code crosses}
     * between the system and something outside it (a person, an outside service or provider); or
     * that people sign in through a part of a {@code signs_in_through} kind (a flow into it, or how it
     * authenticates them, is stated).
     */
    record Ground(String flow, List<ComponentKind> from, Condition fact, Boolean crosses,
            @JsonProperty("signs_in_through") List<ComponentKind> signsInThrough, Boolean itself) {
        Ground {
            from = from == null ? List.of() : List.copyOf(from);
            signsInThrough = signsInThrough == null ? List.of() : List.copyOf(signsInThrough);
        }

        boolean touches(ContextModel m, DataFlow f, String part) {
            boolean in = f.target().equals(part) && ("in".equals(flow) || "any".equals(flow)) && from(m, f.source());
            boolean out = f.source().equals(part) && ("out".equals(flow) || "any".equals(flow)) && from(m, f.target());
            return in || out;
        }

        private boolean from(ContextModel m, String other) {
            return from.isEmpty() || m.component(other).map(c -> from.contains(c.kind())).orElse(false);
        }
    }

    /**
     * Two rules that say the same thing about the same parts are one threat, keeping the surer one; a
     * threat made certain by a stated weakness stands for the less certain ones of its attack class
     * on the same parts.
     */
    private static List<Threat> merged(java.util.Collection<Threat> all) {
        Map<String, Threat> byText = new LinkedHashMap<>();
        for (Threat t : all) {
            String key = t.subjects() + "|" + t.title().toLowerCase(java.util.Locale.ROOT);
            byText.merge(key, t, (a, b) -> a.confidence().compareTo(b.confidence()) >= 0 ? a : b);
        }
        // a stated weakness subsumes the generic threat of the same attack on the same parts
        Set<String> certain = byText.values().stream().filter(t -> t.confidence() == Confidence.HIGH)
                .map(t -> t.subjects() + "|" + t.attack()).collect(Collectors.toSet());
        return byText.values().stream().filter(t -> t.confidence() == Confidence.HIGH
                || !certain.contains(t.subjects() + "|" + t.attack())).toList();
    }

    /**
     * A part where someone can get in (a spoofing or elevation threat) joined by data flows, in either
     * direction, to a data store within three hops: the first step and the prize as one threat.
     */
    private static List<Threat> chains(ContextModel m, List<Threat> threats) {
        List<Threat> chains = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Threat> entries = threats.stream()
                .filter(t -> t.subjects().size() == 1 && !t.rule().equals(CHAIN) && !t.restsOnSilence())
                .filter(t -> t.stride().contains(Stride.SPOOFING) || t.stride().contains(Stride.ELEVATION_OF_PRIVILEGE))
                .filter(t -> m.component(t.subjects().get(0)).map(c -> ENTRY.contains(c.kind())).orElse(false))
                .sorted(Comparator.comparing(Threat::confidence).reversed().thenComparing(Threat::id))
                .toList();
        for (Threat entry : entries) {
            for (List<String> path : pathsToStores(m, entry.subjects().get(0))) {
                String store = path.get(path.size() - 1);
                if (chains.size() >= MAX_CHAINS || !seen.add(path.get(0) + ">" + store)) {
                    continue;
                }
                String via = path.stream().map(id -> m.component(id).map(Component::name).orElse(id))
                        .collect(Collectors.joining(" → "));
                String storeName = m.component(store).map(Component::name).orElse(store);
                String entryName = m.component(path.get(0)).map(Component::name).orElse(path.get(0));
                List<String> evidence = new ArrayList<>(entry.evidence());
                for (int i = 0; i + 1 < path.size(); i++) {
                    evidence.add(Evidence.flow(flowBetween(m, path.get(i), path.get(i + 1))));
                }
                chains.add(new Threat(CHAIN + ":" + String.join(">", path), CHAIN,
                        "An attacker who gets into " + entryName + " goes on to the data in " + storeName,
                        "Step 1: " + entry.title() + ". Step 2: from there the attacker follows the data flows "
                                + via + " and reads or changes what " + storeName + " holds with "
                                + entryName + "'s access.",
                        Set.of(entry.stride().contains(Stride.SPOOFING) ? Stride.SPOOFING : Stride.ELEVATION_OF_PRIVILEGE,
                                Stride.INFORMATION_DISCLOSURE, Stride.TAMPERING),
                        path, entry.likelihood(), 3,
                        "Break the chain at both ends: " + entry.mitigation() + " Also give " + entryName
                                + " only the access to " + storeName + " it needs (read-only where possible).",
                        evidence, entry.assumptions(), entry.confidence(), List.of(), List.of(),
                        AttackClass.PRIVILEGE_ESCALATION.code()));
            }
        }
        return chains;
    }

    private static List<List<String>> pathsToStores(ContextModel m, String from) {
        List<List<String>> found = new ArrayList<>();
        List<List<String>> frontier = List.of(List.of(from));
        for (int hop = 0; hop < 3; hop++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> path : frontier) {
                String at = path.get(path.size() - 1);
                for (DataFlow f : m.flows()) {
                    String other = f.source().equals(at) ? f.target() : f.target().equals(at) ? f.source() : null;
                    if (other == null || path.contains(other)) {
                        continue;
                    }
                    List<String> longer = new ArrayList<>(path);
                    longer.add(other);
                    boolean store = m.component(other).map(c -> c.kind().isDataStore()).orElse(false);
                    if (store) {
                        found.add(longer);
                    } else {
                        next.add(longer);
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    private static String flowBetween(ContextModel m, String a, String b) {
        return m.flows().stream().filter(f -> (f.source().equals(a) && f.target().equals(b))
                || (f.source().equals(b) && f.target().equals(a))).map(DataFlow::id).findFirst().orElse(a + "->" + b);
    }

    private static final Set<ComponentKind> OUTSIDE = Set.of(ComponentKind.EXTERNAL_ENTITY,
            ComponentKind.EXTERNAL_SERVICE, ComponentKind.IDENTITY_PROVIDER);

    /** One end of the flow is outside the system: the data crosses a trust boundary. */
    private static boolean crosses(ContextModel m, DataFlow f) {
        boolean src = m.component(f.source()).map(c -> OUTSIDE.contains(c.kind())).orElse(false);
        boolean dst = m.component(f.target()).map(c -> OUTSIDE.contains(c.kind())).orElse(false);
        return src != dst;
    }

    /**
     * Named once and joined to nothing: a product a doc lists in passing. It gets threats only where
     * a fact says it is weak, so a long list of products does not bury the threats that matter.
     */
    private static boolean inPassing(ContextModel m, Component c) {
        return c.mentions().size() <= 1 && m.flows().stream()
                .noneMatch(f -> f.source().equals(c.id()) || f.target().equals(c.id()));
    }

    private static List<Fact> live(ContextModel m, String subject, Property p) {
        return m.factsAbout(subject, p).stream().filter(f -> f.status() != FactStatus.SUPERSEDED
                && f.status() != FactStatus.CONTRADICTED).toList();
    }

    private static String flowName(ContextModel m, DataFlow f) {
        return m.component(f.source()).map(Component::name).orElse(f.source()) + " → "
                + m.component(f.target()).map(Component::name).orElse(f.target());
    }

    private static String names(List<Component> parts) {
        List<String> names = parts.stream().map(Component::name).distinct().toList();
        if (names.size() <= 4) {
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                    + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
    }

    private static String fill(String template, String name) {
        return template.replace("{names}", name).replace("{name}", name);
    }
}
