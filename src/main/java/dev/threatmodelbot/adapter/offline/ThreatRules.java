package dev.threatmodelbot.adapter.offline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.domain.threat.Stride;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule file {@code offline/threat-rules.yaml} as read: each rule's parts or flows, the facts that
 * make it certain, drop it or are required, and what else makes it relevant ({@link Ground}); loading
 * fails on a rule without an attack class, with an unknown OWASP id, or resting on a part existing.
 */
final class ThreatRules {
    private ThreatRules() {}

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
            @JsonProperty("or_system") Boolean orSystem, Boolean upstream, Boolean anywhere,
            @JsonProperty("via_flows") Boolean viaFlows, Boolean downstream, @JsonProperty("any_part") Boolean anyPart) {
        boolean onSystem() {
            return Boolean.TRUE.equals(system);
        }

        /** The live facts stating one of {@code values} about the subject, the system or either (or anything). */
        List<Fact> met(ContextModel m, String subject) {
            List<Fact> out = new ArrayList<>();
            if (Boolean.TRUE.equals(anywhere)) { // said of a part no flow connects: of the system's data as a whole
                m.facts().stream().filter(f -> f.property() == property).map(Fact::subject).distinct()
                        .filter(s -> m.component(s).isPresent() && m.flows().stream()
                                .noneMatch(f -> f.source().equals(s) || f.target().equals(s)))
                        .forEach(s -> out.addAll(live(m, s, property)));
            }
            if (Boolean.TRUE.equals(viaFlows)) { // "writes the trained model to the registry": what its flows carry
                m.flows().stream().filter(f -> f.source().equals(subject) || f.target().equals(subject))
                        .forEach(f -> out.addAll(live(m, f.id(), property)));
            }
            if (!onSystem()) {
                out.addAll(live(m, subject, property));
            }
            if (onSystem() || Boolean.TRUE.equals(orSystem)) {
                out.addAll(live(m, Fact.SYSTEM, property));
            }
            if (Boolean.TRUE.equals(upstream)) { // what the parts feeding it take in reaches it too
                feeding(m, subject).forEach(source -> out.addAll(live(m, source, property)));
            }
            if (Boolean.TRUE.equals(anyPart)) { // "changes are recorded in an audit table": said of one part, true of all
                m.facts().stream().filter(f -> f.property() == property).map(Fact::subject).distinct()
                        .forEach(s -> out.addAll(live(m, s, property)));
            }
            if (Boolean.TRUE.equals(downstream)) {
                out.addAll(stores(m, subject, property));
            }
            return out.stream().filter(f -> values.contains(f.value())).toList();
        }
    }

    /**
     * The parts whose data reaches {@code subject} along the flows, up to {@link #HOPS} flows away: an
     * uploaded file is parsed by a worker, stored in an index, retrieved by a service and put in a prompt.
     */
    static Set<String> feeding(ContextModel m, String subject) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        List<String> frontier = List.of(subject);
        for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
            List<String> from = frontier;
            frontier = m.flows().stream().filter(f -> from.contains(f.target())).map(DataFlow::source)
                    .filter(s -> !s.equals(subject) && seen.add(s)).distinct().toList();
        }
        return seen;
    }

    private static final int HOPS = 3;

    record Rule(String id, List<String> stride, List<ComponentKind> kinds, Boolean flows,
            @JsonProperty("target_kinds") List<ComponentKind> targetKinds,
            @JsonProperty("source_not") List<ComponentKind> sourceNot, Boolean once, Condition control,
            Condition requires,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Condition> unless,
            List<Ground> grounds,
            @JsonProperty("drop_when_silent") Boolean dropWhenSilent,
            int likelihood, int impact, String attack, String title, String description, String mitigation,
            List<String> owasp, List<String> atlas, List<String> replaces, @JsonProperty("with_model") Boolean withModel,
            @JsonProperty("network_only") Boolean networkOnly, @JsonProperty("certain_if") Condition certainIf,
            @JsonProperty("people_call") Boolean peopleCall,
            @JsonProperty("called_by") List<ComponentKind> calledBy,
            @JsonProperty("not_named") java.util.regex.Pattern notNamed) {
        Rule {
            grounds = grounds == null ? List.of() : List.copyOf(grounds);
            unless = unless == null ? List.of() : List.copyOf(unless);
            replaces = replaces == null ? List.of() : List.copyOf(replaces);
            owasp = owasp == null ? List.of() : List.copyOf(owasp);
            atlas = atlas == null ? List.of() : List.copyOf(atlas);
        }
    }

    /**
     * Whether the rule does not apply to {@code subject} (a part, or either end of a flow): a live
     * fact about it states one of the values of an {@code unless} condition (a web app that runs in the
     * browser has no server to flood; a token that expires within the hour is no long-lived one; a
     * sign-in over SAML or OIDC runs over TLS by the protocol's own rules); a store only apps on the
     * user's device use counts as on the client ({@link Callers#onDevice}).
     */
    static boolean ruledOut(Rule r, ContextModel m, String subject) {
        if (r.notNamed() != null && m.component(subject).filter(c -> r.notNamed().matcher(c.name() + " " + c.technology()
                + " " + String.join(" ", c.aliases())).find()).isPresent()) {
            return true; // "AWS KMS" keeps keys no one reads out: the store rules for secrets are not about it
        }
        if (r.unless() == null) {
            return false;
        }
        if (r.calledBy() != null && m.component(subject).isPresent()) {
            boolean called = m.flows().stream().anyMatch(f -> f.target().equals(subject) && m.component(f.source())
                    .filter(c -> r.calledBy().contains(c.kind())).isPresent());
            if (!called || !Callers.fromPeople(m, subject).isEmpty()) {
                return true; // written for a part only those callers call and wait on, which this one is not
            }
        }
        boolean device = r.unless().stream().anyMatch(u -> u.property() == Property.EXPOSURE
                && u.values().contains("client"));
        if (device && Callers.onDevice(m, subject)) {
            return true; // a keychain only the app on the phone uses is no cloud store
        }
        return r.unless().stream().anyMatch(u -> !u.met(m, subject).isEmpty() || m.flow(subject)
                .map(f -> !u.met(m, f.source()).isEmpty() || !u.met(m, f.target()).isEmpty()).orElse(false));
    }

    /**
     * What makes a rule relevant beyond a part existing: a data flow into ({@code in}), out of
     * ({@code out}) or touching ({@code any}) the part, from or to parts of the kinds {@code from}
     * (any kind when empty); a fact as in {@code requires}; for a flow, that it {@code crosses}
     * between the system and something outside it (a person, an outside service or provider); or
     * that people sign in through a part of a {@code signs_in_through} kind (a flow into it, or how it
     * authenticates them, is stated); that it loads what a part {@code from_holding} holds (a flow
     * into it from a part or over a flow said to hold those data values, e.g. model-files); or that
     * it {@code serves_model}: loads model files and is reached from outside ({@link ModelServing}); with
     * {@code endpoint}, a flow out counts only to an end that passes nothing on (an address the part calls,
     * not a service of the system).
     */
    record Ground(String flow, List<ComponentKind> from, Condition fact, Boolean crosses,
            @JsonProperty("signs_in_through") List<ComponentKind> signsInThrough, Boolean itself,
            @JsonProperty("from_holding") List<String> fromHolding, @JsonProperty("serves_model") Boolean servesModel,
            Boolean endpoint) {
        Ground {
            fromHolding = fromHolding == null ? List.of() : List.copyOf(fromHolding);
            from = from == null ? List.of() : List.copyOf(from);
            signsInThrough = signsInThrough == null ? List.of() : List.copyOf(signsInThrough);
        }

        boolean touches(ContextModel m, DataFlow f, String part) {
            boolean in = f.target().equals(part) && ("in".equals(flow) || "any".equals(flow)) && from(m, f.source());
            boolean out = f.source().equals(part) && ("out".equals(flow) || "any".equals(flow)) && from(m, f.target())
                    && (!Boolean.TRUE.equals(endpoint) || m.flows().stream().noneMatch(g -> g.source().equals(f.target())));
            return in || out;
        }

        private boolean from(ContextModel m, String other) {
            return from.isEmpty() || m.component(other).map(c -> from.contains(c.kind())).orElse(false);
        }
    }

    /**
     * What is said of the data stores a part's flows reach: "no row-level security in the database"
     * leaves every check on the data it serves to the part itself.
     */
    static List<Fact> stores(ContextModel m, String part, Property p) {
        return m.flows().stream().filter(f -> f.source().equals(part) || f.target().equals(part))
                .map(f -> f.source().equals(part) ? f.target() : f.source()).distinct()
                .filter(other -> m.component(other).map(c -> c.kind().isDataStore()).orElse(false))
                .flatMap(other -> live(m, other, p).stream()).toList();
    }

    static List<Fact> live(ContextModel m, String subject, Property p) {
        return m.factsAbout(subject, p).stream().filter(f -> f.status() != FactStatus.SUPERSEDED
                && f.status() != FactStatus.CONTRADICTED).toList();
    }

    private static final java.util.regex.Pattern OFF_NETWORK = java.util.regex.Pattern.compile(
            "(?i)\\bimport(?:s|ed|ing)?\\b|\\blibrar(?:y|ies)\\b|\\blocal(?:ly)?\\b");
    private static final java.util.regex.Pattern ON_NETWORK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:download\\w*|fetch\\w*|pull\\w*|registr(?:y|ies)|mirror\\w*|HTTPS?|internet|network)\\b");

    /**
     * A flow that is no network path: a library a part imports, a transfer on one machine ("from
     * the engineer locally"); nobody sits on a wire that is not there.
     */
    static boolean offNetwork(DataFlow f) {
        return OFF_NETWORK.matcher(f.description()).find() && !ON_NETWORK.matcher(f.description()).find();
    }

    private static final Set<ComponentKind> OUTSIDE = Set.of(ComponentKind.EXTERNAL_ENTITY,
            ComponentKind.EXTERNAL_SERVICE, ComponentKind.IDENTITY_PROVIDER);

    /** One end of the flow is outside the system: the data crosses a trust boundary. */
    static boolean crosses(ContextModel m, DataFlow f) {
        boolean src = m.component(f.source()).map(c -> OUTSIDE.contains(c.kind())).orElse(false);
        boolean dst = m.component(f.target()).map(c -> OUTSIDE.contains(c.kind())).orElse(false);
        return src != dst;
    }
}
