package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When two facts about the same subject and property cannot both be true: one says a control is
 * absent (plain, none, public) where the other says it is present. Different positive values
 * (TLS and mTLS, OAuth and MFA, PII and payment data) are details, not disagreements.
 */
public final class Conflicts {
    private static final Map<Property, Set<String>> ABSENT = Map.of(
            Property.TRANSPORT, Set.of("plain"),
            Property.AUTHENTICATION, Set.of("none"),
            Property.AUTHORIZATION, Set.of("none"),
            Property.ENCRYPTION_AT_REST, Set.of("none"),
            Property.EXPOSURE, Set.of("public"),
            Property.LOGGING, Set.of("none"),
            Property.RATE_LIMITING, Set.of("none"),
            Property.INPUT_VALIDATION, Set.of("none"));

    private Conflicts() {}

    public static boolean between(Fact a, Fact b) {
        if (!a.subject().equals(b.subject()) || a.property() != b.property() || a.value().equals(b.value())
                || a.value().equals(Fact.DESCRIBED) || b.value().equals(Fact.DESCRIBED)) {
            return false; // a description in unclassified words states nothing to disagree with
        }
        Set<String> absent = ABSENT.getOrDefault(a.property(), Set.of());
        return absent.contains(a.value()) != absent.contains(b.value());
    }

    /**
     * Whether any two live facts contradict each other: whether {@link #in} finds a pair, without listing
     * them. Two facts disagree exactly when one says a control is absent and the other names one.
     */
    public static boolean any(List<Fact> facts) {
        Map<String, int[]> sides = new java.util.HashMap<>(); // per subject and property: absent, present
        for (Fact f : facts) {
            if (f.status() == FactStatus.SUPERSEDED || f.value().equals(Fact.DESCRIBED)) {
                continue;
            }
            int[] seen = sides.computeIfAbsent(f.subject() + '\u0000' + f.property(), k -> new int[2]);
            seen[ABSENT.getOrDefault(f.property(), Set.of()).contains(f.value()) ? 0 : 1]++;
            if (seen[0] > 0 && seen[1] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs of live facts that contradict each other, each pair once, in fact order. Only facts about the
     * same subject and property can disagree, so only those are compared: a long session holds thousands.
     */
    public static List<Fact[]> in(List<Fact> facts) {
        List<Fact> live = facts.stream().filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        if (live.size() < 2) {
            return List.of();
        }
        Map<String, List<Integer>> matters = new LinkedHashMap<>();
        for (int i = 0; i < live.size(); i++) {
            Fact f = live.get(i);
            matters.computeIfAbsent(f.subject() + '\u0000' + f.property(), k -> new ArrayList<>()).add(i);
        }
        List<int[]> found = new ArrayList<>();
        for (List<Integer> same : matters.values()) {
            for (int a = 0; a < same.size(); a++) {
                for (int b = a + 1; b < same.size(); b++) {
                    if (between(live.get(same.get(a)), live.get(same.get(b)))) {
                        found.add(new int[] {same.get(a), same.get(b)});
                    }
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<Fact[]> pairs = new ArrayList<>(found.size());
        found.forEach(p -> pairs.add(new Fact[] {live.get(p[0]), live.get(p[1])}));
        return pairs;
    }
}
