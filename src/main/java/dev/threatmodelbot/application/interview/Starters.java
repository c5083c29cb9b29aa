package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;

/**
 * Whether a starter question is still worth asking: the starter bank is for what nobody has said
 * yet. A point it covers is said when some source states it (any part, any value) or when the
 * part-by-part questions will ask it more precisely (a part worth asking about has that topic);
 * {@code PARTS} when at least two parts are known, {@code FLOWS} when any data flow is.
 */
public final class Starters {
    private final ContextModel model;
    private final Coverage coverage;

    Starters(Session s) {
        this.model = s.context();
        this.coverage = Judge.of(s);
    }

    /** Every point it covers is said or will be asked; an entry covering nothing is always worth asking. */
    boolean needless(List<String> covers) {
        return !covers.isEmpty() && covers.stream().allMatch(this::said);
    }

    private boolean said(String point) {
        return switch (point) {
            case "PARTS" -> model.components().stream().filter(Coverage::isPart).count() >= 2;
            case "FLOWS" -> !model.flows().isEmpty();
            default -> said(Property.valueOf(point));
        };
    }

    private boolean said(Property p) {
        // a topic of a part named in passing weighs at most 3: those parts are not asked about
        return model.facts().stream().anyMatch(f -> f.property() == p && f.status() != FactStatus.SUPERSEDED)
                || coverage.topics().stream().anyMatch(t -> t.property() == p && t.weight() > 3);
    }
}
