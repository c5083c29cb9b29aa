package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a threat is about and rests on, in the words of the session's context model. Evidence ids
 * are fact ids, {@code named:<component>} (the part is named somewhere) or {@code flow:<flow>}
 * (the data flow exists); ids the model does not know are left out.
 */
final class ThreatSubjects {
    private static final String NAMED = "named:";
    private static final String FLOW = "flow:";

    /** One piece of evidence: what it says and where it was said. */
    record Evidence(String statement, Optional<Source> source) {}

    private final ContextModel model;

    ThreatSubjects(ContextModel model) {
        this.model = model;
    }

    /** A part's name, "A → B" for a flow, "the system", else the id itself. */
    String name(String subject) {
        if (subject.equals(Fact.SYSTEM)) {
            return "the system";
        }
        Optional<String> part = model.component(subject).map(Component::name).map(JiraText::line)
                .filter(n -> !n.isEmpty());
        return part.orElseGet(() -> flow(subject).map(f -> name(f.source()) + " → " + name(f.target()))
                .orElse(subject));
    }

    /** The names of the parts and flows the threat is about, each once, in its order. */
    List<String> affected(Threat t) {
        return t.subjects().stream().distinct().map(this::name).distinct().toList();
    }

    List<Evidence> evidence(Threat t) {
        List<Evidence> out = new ArrayList<>();
        for (String e : t.evidence()) {
            if (e.startsWith(NAMED)) {
                String id = e.substring(NAMED.length());
                model.component(id).ifPresent(c -> out.add(new Evidence(
                        name(id) + " is part of the system", c.mentions().stream().findFirst())));
            } else if (e.startsWith(FLOW)) {
                String id = e.substring(FLOW.length());
                flow(id).ifPresent(f -> out.add(new Evidence(
                        "Data flows from " + name(id), f.mentions().stream().findFirst())));
            } else {
                model.fact(e).ifPresent(f -> out.add(new Evidence(statement(f), Optional.of(f.source()))));
            }
        }
        return out;
    }

    /** "Transport of Payments API → Orders DB: plain". */
    private String statement(Fact f) {
        String property = f.property().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(property.charAt(0)) + property.substring(1) + " of " + name(f.subject())
                + ": " + f.value() + (f.status() == FactStatus.CONTRADICTED ? " (contradicted)" : "");
    }

    private Optional<DataFlow> flow(String id) {
        return model.flows().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
