package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
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

    /** Pairs of live facts that contradict each other, each pair once, in fact order. */
    public static List<Fact[]> in(List<Fact> facts) {
        List<Fact> live = facts.stream().filter(f -> f.status() != FactStatus.SUPERSEDED).toList();
        List<Fact[]> pairs = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                if (between(live.get(i), live.get(j))) {
                    pairs.add(new Fact[] {live.get(i), live.get(j)});
                }
            }
        }
        return pairs;
    }
}
