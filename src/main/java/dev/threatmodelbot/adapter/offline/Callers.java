package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who calls a part, read from the data flows: people (an actor, or an app on their device) or only
 * other machines. Threats about what a signed-in user or crafted input can do fit only a part people
 * reach — directly or through parts that only forward (a gateway, a load balancer, a CDN) — not an
 * interface between two systems, a function a queue triggers, or a store on the user's device.
 */
final class Callers {
    private static final Set<ComponentKind> FORWARDING = Set.of(ComponentKind.API_GATEWAY, ComponentKind.LOAD_BALANCER,
            ComponentKind.CDN);
    private static final int HOPS = 3;

    private Callers() {}

    /**
     * The ways a person or a client app sends to the part, straight or through forwarding parts: each
     * the flows from the person to the part, the nearest first; none when only machines call it.
     */
    static List<List<DataFlow>> fromPeople(ContextModel m, String part) {
        if (forwards(m, part)) {
            return List.of(); // what passes through is handled by the part it goes to
        }
        List<List<DataFlow>> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(part));
        List<List<DataFlow>> frontier = List.of(List.of());
        for (int hop = 0; hop < HOPS && !frontier.isEmpty() && found.isEmpty(); hop++) {
            List<List<DataFlow>> next = new ArrayList<>();
            for (List<DataFlow> path : frontier) {
                String at = path.isEmpty() ? part : path.get(0).source();
                for (DataFlow f : m.flows()) {
                    if (!f.target().equals(at) || !seen.add(f.source())) {
                        continue;
                    }
                    List<DataFlow> longer = new ArrayList<>(List.of(f));
                    longer.addAll(path);
                    if (person(m, f.source()) || edge(m, f.source())) {
                        found.add(longer);
                    } else if (forwards(m, f.source())) {
                        next.add(longer);
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    /**
     * Flows say who calls the part, and none of them brings a person or a client app, nor does the doc
     * say how people sign in to it: only other machines call it (or it only forwards). A part no flow
     * touches is left open: the doc has not said who calls it.
     */
    static boolean onlyMachines(ContextModel m, String part) {
        boolean flows = joined(m, part);
        return forwards(m, part) || (flows && !signsIn(m, part) && fromPeople(m, part).isEmpty());
    }

    /** Some data flow touches the part. */
    static boolean joined(ContextModel m, String part) {
        return m.flows().stream().anyMatch(f -> f.source().equals(part) || f.target().equals(part));
    }

    /** How people, not services, prove who they are. */
    private static final Set<String> USER_SIGN_IN = Set.of("password", "token", "oauth", "sso", "mfa", "short-lived");

    /** The flows to cite for people reaching the part: one whole way in, and where another way enters. */
    static List<DataFlow> evidence(ContextModel m, String part) {
        List<List<DataFlow>> ways = fromPeople(m, part);
        if (ways.isEmpty()) {
            return List.of();
        }
        List<DataFlow> out = new ArrayList<>(ways.get(0));
        DataFlow last = ways.get(0).get(ways.get(0).size() - 1);
        ways.stream().map(w -> w.get(w.size() - 1)).filter(f -> !f.source().equals(last.source())).findFirst()
                .ifPresent(out::add);
        return out;
    }

    /**
     * A gateway, load balancer or CDN that passes requests on to another part of the system, or a web
     * front end that sends what people enter to the system's API: the checks belong where it goes.
     */
    static boolean forwards(ContextModel m, String part) {
        boolean front = m.component(part).map(c -> c.kind() == ComponentKind.WEB_APP).orElse(false);
        return (forwarding(m, part) || front) && m.flows().stream().anyMatch(f -> f.source().equals(part)
                && m.component(f.target()).filter(c -> front ? SERVERS.contains(c.kind())
                        : !c.kind().isDataStore() && !person(m, c.id())).isPresent());
    }

    private static final Set<ComponentKind> SERVERS = Set.of(ComponentKind.API, ComponentKind.API_GATEWAY,
            ComponentKind.FUNCTION);

    /**
     * A store only apps on the user's device use (a keychain, a keystore, local storage): it lives on the
     * device, not in the system's cloud.
     */
    static boolean onDevice(ContextModel m, String part) {
        boolean store = m.component(part).map(c -> c.kind().isDataStore()).orElse(false);
        List<String> others = m.flows().stream().filter(f -> f.source().equals(part) || f.target().equals(part))
                .map(f -> f.source().equals(part) ? f.target() : f.source()).distinct().toList();
        return store && !others.isEmpty() && others.stream().allMatch(o -> client(m, o));
    }

    /**
     * A gateway or load balancer no flow is said to reach but said to be public, to sign people in, or to
     * front an API or function: it stands at the edge for people the doc left out of its flows.
     */
    private static boolean edge(ContextModel m, String part) {
        boolean fronts = m.flows().stream().anyMatch(f -> f.source().equals(part) && m.component(f.target())
                .filter(c -> c.kind() == ComponentKind.API || c.kind() == ComponentKind.FUNCTION).isPresent());
        return forwarding(m, part) && m.flows().stream().noneMatch(f -> f.target().equals(part))
                && (fronts || signsIn(m, part) || ThreatRules.live(m, part, Property.EXPOSURE).stream()
                        .anyMatch(f -> f.value().equals("public")));
    }

    private static boolean signsIn(ContextModel m, String part) {
        return ThreatRules.live(m, part, Property.AUTHENTICATION).stream().anyMatch(f -> USER_SIGN_IN.contains(f.value()));
    }

    private static boolean forwarding(ContextModel m, String part) {
        return m.component(part).map(c -> FORWARDING.contains(c.kind())).orElse(false);
    }

    private static boolean person(ContextModel m, String part) {
        return m.component(part).map(Component::kind).map(k -> k == ComponentKind.EXTERNAL_ENTITY).orElse(false)
                || client(m, part);
    }

    private static boolean client(ContextModel m, String part) {
        return ThreatRules.live(m, part, Property.EXPOSURE).stream().anyMatch(f -> f.value().equals("client"));
    }
}
