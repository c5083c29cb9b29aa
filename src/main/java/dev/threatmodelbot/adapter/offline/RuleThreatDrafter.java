package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.application.port.ThreatDrafter;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
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
 * store. A rule that says the same sharper ({@code replaces}) stands for the generic one on the
 * same part, and links inside the system with one stated weakness are one threat ({@link
 * InsideLinks}). A gap the doc states that no rule drafted from becomes a threat of its own ({@link
 * GapThreats}). Nothing is drafted about a part no source named. Threats resting on silence alone cite
 * nothing but the parts' names ({@link Threat#restsOnSilence()}): the draft lists them as
 * assumptions to confirm. Ordered by severity, then confidence.
 */
public final class RuleThreatDrafter implements ThreatDrafter {

    private final List<ThreatRules.Rule> rules;

    RuleThreatDrafter(List<ThreatRules.Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The drafter with the rules shipped in {@code offline/threat-rules.yaml}. */
    public static RuleThreatDrafter packaged() {
        try (InputStream in = RuleThreatDrafter.class.getResourceAsStream("/offline/threat-rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/threat-rules.yaml is missing from the classpath");
            }
            return new RuleThreatDrafter(ThreatRules.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Catalogue HOSTED = Catalogue.packaged();
    private static final Set<String> SIGN_IN_ATTACKS = Set.of(AttackClass.SPOOFING.code(),
            AttackClass.CREDENTIAL_EXPOSURE.code());

    @Override
    public List<Threat> draft(ContextModel model) {
        Set<String> elsewhere = model.reviewedElsewhere(); // what the text says was threat-modelled elsewhere
        Map<String, Threat> drafted = new LinkedHashMap<>();
        for (ThreatRules.Rule r : rules) {
            for (Threat t : apply(r, model, elsewhere)) {
                drafted.merge(t.id(), t, (a, b) -> a);
            }
        }
        Set<String> sharp = rules.stream().filter(r -> !r.replaces().isEmpty()).map(ThreatRules.Rule::id)
                .collect(Collectors.toSet());
        List<Threat> threats = new ArrayList<>(GroupedThreats.of(sharpest(merged(drafted.values(), sharp)), model,
                rules.stream().collect(Collectors.toMap(ThreatRules.Rule::id, r -> r, (a, b) -> a))));
        threats.addAll(AttackChains.chains(model, threats));
        List<Threat> gaps = GapThreats.of(model, threats); // what the doc states missing, in whatever words
        threats.removeIf(t -> GapThreats.subsumed(model, t, gaps));
        threats.addAll(gaps);
        // how people sign in to a part the text reviews elsewhere is not this draft's either
        threats.removeIf(t -> SIGN_IN_ATTACKS.contains(t.attack()) && !t.subjects().isEmpty()
                && t.subjects().stream().allMatch(model::signInReviewedElsewhere));
        // what the text says was threat-modelled elsewhere is context, not this draft's to cover
        threats.removeIf(t -> t.subjects().stream().allMatch(s -> elsewhere.contains(s)
                || model.component(s).map(c -> c.kind() == ComponentKind.EXTERNAL_ENTITY).orElse(false)));
        threats.sort(Comparator.comparing(Threat::severity).reversed()
                .thenComparing(Comparator.comparing(Threat::confidence).reversed())
                .thenComparing(Threat::id));
        return threats;
    }

    /**
     * An eavesdropping rule on a link to or from a hosted service reachable only over TLS, where nobody said the
     * link is plain: the service's documented default answers it.
     */
    private static boolean encryptedByDefault(ThreatRules.Rule r, ContextModel m, DataFlow f) {
        boolean hosted = java.util.stream.Stream.of(f.source(), f.target()).map(m::component).flatMap(Optional::stream)
                .anyMatch(c -> HOSTED.httpsOnly(c.technology()));
        return AttackClass.EAVESDROPPING.code().equals(r.attack()) && hosted
                && m.factsAbout(f.id(), Property.TRANSPORT).stream().noneMatch(x -> x.value().equals("plain"));
    }

    private List<Threat> apply(ThreatRules.Rule r, ContextModel m, Set<String> elsewhere) {
        List<Threat> out = new ArrayList<>();
        if (Boolean.TRUE.equals(r.flows())) {
            for (DataFlow f : m.flows()) {
                boolean target = r.targetKinds() == null || m.component(f.target())
                        .map(c -> r.targetKinds().contains(c.kind())).orElse(false);
                boolean source = r.sourceNot() == null || m.component(f.source())
                        .map(c -> !r.sourceNot().contains(c.kind())).orElse(true);
                boolean wire = !Boolean.TRUE.equals(r.networkOnly()) || !ThreatRules.offNetwork(f);
                if (target && source && wire && !ThreatRules.ruledOut(r, m, f.id()) && !elsewhere.contains(f.id())
                        && !encryptedByDefault(r, m, f)) {
                    threat(r, m, List.of(f.id()), flowName(m, f), f.id()).ifPresent(out::add);
                }
            }
            return InsideLinks.together(r, m, out);
        }
        List<Component> parts = m.components().stream().filter(c -> r.kinds().contains(c.kind())
                && !ThreatRules.ruledOut(r, m, c.id()) && !elsewhere.contains(c.id())).toList();
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
            Optional<Threat> t = threat(r, m, withModel(r, m, c), c.name(), c.id())
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
                .map(t -> t.citing(extra)).ifPresent(out::add);
        return out;
    }

    /** The part, and the one trained model the system names when the rule is also about that model. */
    private static List<String> withModel(ThreatRules.Rule r, ContextModel m, Component c) {
        Optional<Component> model = Boolean.TRUE.equals(r.withModel()) ? ModelServing.soleModel(m) : Optional.empty();
        return model.filter(x -> !x.id().equals(c.id())).map(x -> List.of(c.id(), x.id())).orElse(List.of(c.id()));
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
        return around.stream().flatMap(s -> ThreatRules.live(m, s, Property.DATA_CLASSIFICATION).stream())
                .filter(f -> SENSITIVE.contains(f.value())).toList();
    }

    /** Evidence about the part itself or a flow into it, not about the system or another part. */
    private static boolean about(ContextModel m, String evidence, String part) {
        return m.fact(evidence).map(f -> f.subject().equals(part)
                || m.flow(f.subject()).map(x -> x.target().equals(part)).orElse(false)).orElse(false);
    }

    /** Every piece of evidence is a fact about the whole system: nothing ties the threat to one part. */
    private static boolean onlySystemFacts(ContextModel m, Threat t) {
        return !t.evidence().isEmpty() && t.evidence().stream()
                .allMatch(e -> m.fact(e).map(f -> f.subject().equals(Fact.SYSTEM)).orElse(false));
    }

    /** The rule's threat about {@code subjects}, or none when a condition rules it out. */
    private Optional<Threat> threat(ThreatRules.Rule r, ContextModel m, List<String> subjects, String name, String subject) {
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
        List<Fact> stated = r.certainIf() == null ? List.of() : r.certainIf().met(m, subject);
        if (!stated.isEmpty()) { // "no decision yet on scanning uploads": the weakness the threat needs is stated
            confidence = Confidence.HIGH;
            certain = true;
            stated.forEach(f -> evidence.add(f.id()));
        }
        if (r.control() != null) {
            Property p = r.control().property();
            List<Fact> said = new ArrayList<>(ThreatRules.live(m, r.control().onSystem() ? Fact.SYSTEM : subject, p));
            if (Boolean.TRUE.equals(r.control().orSystem()) && !r.control().onSystem()) {
                // a gap said of no part in particular ("the MLLP listener uses no TLS") is no gap of every part;
                // only one said of everything ("all internal traffic is plain HTTP") is
                // what the one model there is does with its output is said of no part, yet of that model
                boolean onlyModel = (p == Property.OUTPUT_HANDLING || p == Property.TOOL_ACCESS)
                        && m.components().stream().filter(c -> c.kind() == ComponentKind.LLM).map(c -> c.id()).toList()
                                .equals(List.of(subject));
                ThreatRules.live(m, Fact.SYSTEM, p).stream().filter(f -> !r.control().risky().contains(f.value())
                        || onlyModel || SystemWide.quantified(f.source().quote())).forEach(said::add);
            }
            if (Boolean.TRUE.equals(r.control().downstream())) {
                said.addAll(ThreatRules.stores(m, subject, p));
            }
            said.removeIf(f -> f.value().equals(Fact.DESCRIBED));
            List<Fact> risky = said.stream().filter(f -> r.control().risky().contains(f.value())).toList();
            if (!risky.isEmpty()) {
                confidence = Confidence.HIGH;
                certain = true;
                risky.forEach(f -> evidence.add(f.id()));
                if (InsideLinks.only(r, m, subject)) {
                    likelihood = Math.max(1, likelihood - 1); // the attacker must first be inside the network
                }
            } else if (!said.isEmpty() || Boolean.TRUE.equals(r.dropWhenSilent())) {
                return Optional.empty(); // the control is in place, or silence says nothing here
            } else {
                silent = true;
                confidence = Confidence.LOW;
                likelihood = Math.max(1, likelihood - 1);
                assumptions.add(Assumptions.nobodySaid(p.words(), name));
            }
        }
        if (!certain && Boolean.TRUE.equals(r.peopleCall()) && m.component(subject).isPresent()
                && Callers.onlyMachines(m, subject)) {
            return Optional.empty(); // no signed-in user, no typed input: only other machines call it
        }
        if (!certain && !r.grounds().isEmpty()) {
            List<String> grounds = grounds(r, m, subjects);
            if (grounds.isEmpty() && !silent) {
                return Optional.empty();
            }
            if (!grounds.isEmpty() && Boolean.TRUE.equals(r.peopleCall()) && Callers.joined(m, subject)) {
                // the people who call it are why it applies: "the IdP enforces MFA" says nothing more of this part
                List<String> own = new ArrayList<>(grounds.stream().filter(e -> about(m, e, subject)).toList());
                Callers.evidence(m, subject).forEach(f -> own.add(Evidence.flow(f.id())));
                grounds = own;
            }
            evidence.addAll(grounds);
        } else if (Boolean.TRUE.equals(r.peopleCall())) {
            Callers.evidence(m, subject).forEach(f -> evidence.add(Evidence.flow(f.id())));
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
    private static List<String> grounds(ThreatRules.Rule r, ContextModel m, List<String> subjects) {
        List<String> out = new ArrayList<>();
        for (ThreatRules.Ground g : r.grounds()) {
            for (String s : subjects) {
                if (Boolean.TRUE.equals(g.itself()) && m.flow(s).isPresent()) {
                    out.add(Evidence.flow(s));
                }
                if (Boolean.TRUE.equals(g.crosses()) && m.flow(s).filter(f -> ThreatRules.crosses(m, f)).isPresent()) {
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
                            .flatMap(c -> ThreatRules.live(m, c.id(), Property.AUTHENTICATION).stream()).limit(1)
                            .forEach(f -> out.add(f.id()));
                }
                if (!g.fromHolding().isEmpty()) {
                    ModelServing.loads(m, s, g.fromHolding()).stream().limit(2)
                            .forEach(f -> out.add(Evidence.flow(f.id())));
                }
                if (Boolean.TRUE.equals(g.servesModel())) {
                    out.addAll(ModelServing.serves(m, s));
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
     * Two rules that say the same thing about the same parts are one threat, keeping the surer one; a
     * threat made certain by a stated weakness stands for the less certain ones of its attack class
     * on the same parts, unless it comes from a rule that says something sharper ({@code sharp}: one
     * that replaces generic rules, like uploads kept in a store read by an insider).
     */
    private static List<Threat> merged(java.util.Collection<Threat> all, Set<String> sharp) {
        Map<String, Threat> byText = new LinkedHashMap<>();
        for (Threat t : all) {
            String key = t.subjects() + "|" + t.title().toLowerCase(java.util.Locale.ROOT);
            byText.merge(key, t, (a, b) -> a.confidence().compareTo(b.confidence()) >= 0 ? a : b);
        }
        // a stated weakness subsumes the generic threat of the same attack on the same parts
        Set<String> certain = byText.values().stream().filter(t -> t.confidence() == Confidence.HIGH)
                .map(t -> t.subjects() + "|" + t.attack()).collect(Collectors.toSet());
        return byText.values().stream().filter(t -> t.confidence() == Confidence.HIGH || sharp.contains(t.rule())
                || !certain.contains(t.subjects() + "|" + t.attack())).toList();
    }

    /**
     * A rule that says sharper what another says of the same part ({@code replaces}: training data
     * poisoned rather than "data changed or deleted") stands for it where both hold.
     */
    private List<Threat> sharpest(List<Threat> all) {
        Map<String, List<String>> replaces = rules.stream()
                .collect(Collectors.toMap(ThreatRules.Rule::id, ThreatRules.Rule::replaces, (a, b) -> a));
        Set<String> replaced = all.stream().flatMap(t -> replaces.getOrDefault(t.rule(), List.of()).stream()
                .flatMap(rule -> t.subjects().stream().map(s -> rule + "|" + s))).collect(Collectors.toSet());
        return all.stream().filter(t -> !replaced.contains(t.rule() + "|" + t.subjects().get(0))).toList();
    }

    /**
     * Named once and joined to nothing: a product a doc lists in passing. It gets threats only where
     * a fact says it is weak, so a long list of products does not bury the threats that matter.
     */
    private static boolean inPassing(ContextModel m, Component c) {
        return c.mentions().size() <= 1 && m.flows().stream()
                .noneMatch(f -> f.source().equals(c.id()) || f.target().equals(c.id()));
    }

    static String flowName(ContextModel m, DataFlow f) {
        return m.component(f.source()).map(Component::name).orElse(f.source()) + " → "
                + m.component(f.target()).map(Component::name).orElse(f.target());
    }

    private static String names(List<Component> parts) {
        return listed(parts.stream().map(Component::name).distinct().toList());
    }

    /** "A, B and C", or "A, B, C, D and 3 more". */
    static String listed(List<String> names) {
        if (names.size() <= 4) {
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                    + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
    }

    static String fill(String template, String name) {
        return template.replace("{names}", name).replace("{name}", name);
    }
}
