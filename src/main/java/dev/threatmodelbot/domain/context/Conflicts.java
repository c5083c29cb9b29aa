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
     * them.
     */
    public static boolean any(List<Fact> facts) {
        return sides(facts.stream().filter(f -> f.status() != FactStatus.SUPERSEDED).toList()).values().stream()
                .anyMatch(s -> !s.absent().isEmpty() && !s.present().isEmpty());
    }

    /**
     * Pairs of live facts that contradict each other, each pair once, in fact order. Two facts disagree
     * exactly when they are about the same subject and property and one says a control is absent where the
     * other names one, so only those are paired: a long session holds thousands of facts.
     */
    public static List<Fact[]> in(List<Fact> facts) {
        List<Fact> live = facts.stream().filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        if (live.size() < 2) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>();
        for (Sides s : sides(live).values()) {
            for (int a : s.absent()) {
                for (int p : s.present()) {
                    found.add(new int[] {Math.min(a, p), Math.max(a, p)});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<Fact[]> pairs = new ArrayList<>(found.size());
        found.forEach(p -> pairs.add(new Fact[] {live.get(p[0]), live.get(p[1])}));
        return pairs;
    }

    private record Matter(String subject, Property property) {}

    /** Positions in {@code facts} of the facts saying a control is absent, and of those naming one. */
    private record Sides(List<Integer> absent, List<Integer> present) {}

    /** Per subject and property, the facts on each side; descriptions in unclassified words are on neither. */
    private static Map<Matter, Sides> sides(List<Fact> facts) {
        Map<Matter, Sides> sides = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.value().equals(Fact.DESCRIBED)) {
                continue;
            }
            Sides s = sides.computeIfAbsent(new Matter(f.subject(), f.property()),
                    k -> new Sides(new ArrayList<>(), new ArrayList<>()));
            (ABSENT.getOrDefault(f.property(), Set.of()).contains(f.value()) ? s.absent() : s.present()).add(i);
        }
        return sides;
    }
}
