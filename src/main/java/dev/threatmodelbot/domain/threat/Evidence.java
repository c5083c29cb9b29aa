package dev.threatmodelbot.domain.threat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One piece of what a threat rests on, read back from the context model. A threat's evidence ids
 * are fact ids, {@code named:<component id>} (the part is named somewhere) or {@code flow:<flow id>}
 * (the data flow exists); {@code source} is where it was said (the fact's source, or the part's or
 * flow's first mention). Every view of a threat — the chat, the files, the tickets — reads it here.
 */
public record Evidence(Kind kind, String subject, Optional<Fact> fact, Optional<Source> source) {

    /** What the evidence is. */
    public enum Kind {
        FACT,
        NAMED,
        FLOW
    }

    public static final String NAMED_PREFIX = "named:";
    public static final String FLOW_PREFIX = "flow:";

    public static String named(String componentId) {
        return NAMED_PREFIX + componentId;
    }

    public static String flow(String flowId) {
        return FLOW_PREFIX + flowId;
    }

    /** The threat's evidence the model knows, in the threat's order; unknown ids are left out. */
    public static List<Evidence> of(ContextModel model, Threat t) {
        List<Evidence> out = new ArrayList<>();
        for (String e : t.evidence()) {
            if (e.startsWith(NAMED_PREFIX)) {
                String id = e.substring(NAMED_PREFIX.length());
                model.component(id).ifPresent(c -> out.add(new Evidence(Kind.NAMED, id, Optional.empty(),
                        c.mentions().stream().findFirst())));
            } else if (e.startsWith(FLOW_PREFIX)) {
                String id = e.substring(FLOW_PREFIX.length());
                model.flow(id).ifPresent(f -> out.add(new Evidence(Kind.FLOW, id, Optional.empty(),
                        f.mentions().stream().findFirst())));
            } else {
                model.fact(e).ifPresent(f -> out.add(new Evidence(Kind.FACT, f.subject(), Optional.of(f),
                        Optional.of(f.source()))));
            }
        }
        return out;
    }

    /** "Transport of API → DB: plain", "Orders API is part of the system", "Data flows from API → DB". */
    public String statement(ContextModel model) {
        return switch (kind) {
            case NAMED -> model.nameOf(subject) + " is part of the system";
            case FLOW -> "Data flows from " + model.nameOf(subject);
            case FACT -> said(model, fact.orElseThrow());
        };
    }

    /** "Transport of API → DB: plain", marked when it is contradicted. */
    public static String said(ContextModel model, Fact f) {
        String property = f.property().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(property.charAt(0)) + property.substring(1) + " of " + model.nameOf(f.subject())
                + ": " + f.value() + (f.status() == FactStatus.CONTRADICTED ? " (contradicted)" : "");
    }
}
