package dev.threatmodelbot.domain.threat;

import java.util.List;
import java.util.Set;

/**
 * One drafted threat. {@code subjects} are the component or flow ids it is about (two or more for
 * an attack chain), {@code evidence} the ids of the facts it rests on, {@code assumptions} what it
 * takes for granted because nobody said. {@code owaspLlm} ("LLM01") and {@code atlas}
 * ("AML.T0051") map threats to machine-learning parts ({@link OwaspLlm}); {@code attack} is its
 * {@link AttackClass} code ("" when unknown, as in threats stored before classes existed).
 */
public record Threat(String id, String rule, String title, String description, Set<Stride> stride,
        List<String> subjects, int likelihood, int impact, String mitigation, List<String> evidence,
        List<String> assumptions, Confidence confidence, List<String> owaspLlm, List<String> atlas, String attack) {

    public Threat {
        attack = attack == null ? "" : attack;
        stride = Set.copyOf(stride);
        subjects = List.copyOf(subjects);
        evidence = List.copyOf(evidence);
        assumptions = List.copyOf(assumptions);
        owaspLlm = List.copyOf(owaspLlm);
        atlas = List.copyOf(atlas);
    }

    public Threat(String id, String rule, String title, String description, Set<Stride> stride,
            List<String> subjects, int likelihood, int impact, String mitigation, List<String> evidence,
            List<String> assumptions, Confidence confidence, List<String> owaspLlm, List<String> atlas) {
        this(id, rule, title, description, stride, subjects, likelihood, impact, mitigation, evidence, assumptions,
                confidence, owaspLlm, atlas, "");
    }

    public Severity severity() {
        return Severity.of(likelihood, impact);
    }

    /**
     * Rests on nothing but the existence of its parts: no fact and no data flow is cited, so it only
     * says what would follow if something nobody stated were true. Such a threat is an assumption to
     * confirm, not a threat to review.
     */
    public boolean restsOnSilence() {
        return !rule.equals(IMPORTED) && evidence.stream().allMatch(e -> e.startsWith(Evidence.NAMED_PREFIX));
    }

    /** The rule of a threat carried over as an imported threat model states it: it rests on that model. */
    public static final String IMPORTED = "imported";

    /** The same threat under another id (a reworded proposal keeps the id it had). */
    public Threat withId(String newId) {
        return new Threat(newId, rule, title, description, stride, subjects, likelihood, impact, mitigation, evidence,
                assumptions, confidence, owaspLlm, atlas, attack);
    }

    /** The same threat citing {@code more} first, then its own evidence, each once. */
    public Threat citing(List<String> more) {
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(evidence);
        return new Threat(id, rule, title, description, stride, subjects, likelihood, impact, mitigation,
                all.stream().distinct().toList(), assumptions, confidence, owaspLlm, atlas, attack);
    }

    public boolean isChain() {
        return subjects.size() > 1 && rule.startsWith("chain:");
    }
}
