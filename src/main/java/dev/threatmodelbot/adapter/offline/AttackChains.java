package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Multi-step attacks the offline engine drafts: a foothold on an entry part, then the data flows to a store. */
final class AttackChains {
    static final String CHAIN = "chain:entry-to-data";
    private static final int MAX_CHAINS = 5;
    private static final int HOPS = 1;

    /** Where a foothold gives server-side access (code in users' browsers does not). */
    private static final Set<ComponentKind> ENTRY = Set.of(ComponentKind.API, ComponentKind.API_GATEWAY,
            ComponentKind.FUNCTION, ComponentKind.PROCESS, ComponentKind.CONTAINER_PLATFORM);

    /**
     * A part where someone can get in (a spoofing or elevation threat) that itself writes to a data
     * store or reads from one: the first step and the prize as one threat. Only a direct flow counts: a
     * foothold on a part that sends to another service does not carry that service's access to its stores.
     */
    static List<Threat> chains(ContextModel m, List<Threat> threats) {
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
        for (int hop = 0; hop < HOPS; hop++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> path : frontier) {
                String at = path.get(path.size() - 1);
                for (DataFlow f : m.flows()) {
                    String other = f.source().equals(at) ? f.target() : reads(m, f, at) ? f.source() : null;
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

    /**
     * A foothold goes where the part sends data and to the stores it reads, with the access it has;
     * a flow someone else sends into it (an update pushed by an admin host) is no way back to them.
     */
    private static boolean reads(ContextModel m, DataFlow f, String at) {
        return f.target().equals(at) && m.component(f.source()).map(c -> c.kind().isDataStore()).orElse(false)
                && !LINK.matcher(f.description()).find();
    }

    /** A download through a signed, expiring link reads one object once: it gives no standing access to the store. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?i)\\b(?:pre-?signed|signed"
            + "|time-limited|expiring|temporary|short-lived)\\s+(?:\\S+\\s+)?(?:URLs?|links?)\\b");

    private static String flowBetween(ContextModel m, String a, String b) {
        return m.flows().stream().filter(f -> (f.source().equals(a) && f.target().equals(b))
                || (f.source().equals(b) && f.target().equals(a))).map(DataFlow::id).findFirst().orElse(a + "->" + b);
    }

    private AttackChains() {}
}
