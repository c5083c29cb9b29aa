package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.ContextModel;

/** Names of facts' subjects and properties in words people use. */
final class Subjects {
    private Subjects() {}

    static String name(ContextModel model, String subject) {
        return model.nameOf(subject);
    }

}
