package dev.threatmodelbot.domain.threat;

import java.util.List;
import java.util.Set;

/**
 * One drafted threat. {@code subjects} are the component or flow ids it is about (two or more for
 * an attack chain), {@code evidence} the ids of the facts it rests on, {@code assumptions} what it
 * takes for granted because nobody said. {@code owaspLlm} ("LLM01") and {@code atlas}
 * ("AML.T0051") map threats to machine-learning parts.
 */
public record Threat(String id, String rule, String title, String description, Set<Stride> stride,
        List<String> subjects, int likelihood, int impact, String mitigation, List<String> evidence,
        List<String> assumptions, Confidence confidence, List<String> owaspLlm, List<String> atlas) {

    public Threat {
        stride = Set.copyOf(stride);
        subjects = List.copyOf(subjects);
        evidence = List.copyOf(evidence);
        assumptions = List.copyOf(assumptions);
        owaspLlm = List.copyOf(owaspLlm);
        atlas = List.copyOf(atlas);
    }

    public Severity severity() {
        return Severity.of(likelihood, impact);
    }

    public boolean isChain() {
        return subjects.size() > 1 && rule.startsWith("chain:");
    }
}
