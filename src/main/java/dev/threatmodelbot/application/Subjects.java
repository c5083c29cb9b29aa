package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;

/** Names of facts' subjects and properties in words people use. */
final class Subjects {
    private Subjects() {}

    static String name(ContextModel model, String subject) {
        if (subject.equals(Fact.SYSTEM)) {
            return "the system";
        }
        return model.component(subject).map(Component::name).orElseGet(() -> model.flows().stream()
                .filter(f -> f.id().equals(subject)).findFirst()
                .map(f -> name(model, f.source()) + " → " + name(model, f.target()))
                .orElse(subject));
    }

}
