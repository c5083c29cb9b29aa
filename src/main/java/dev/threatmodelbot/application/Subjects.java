package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.ContextModel;

/** Names of facts' subjects and properties in words people use. */
public final class Subjects {
    private Subjects() {}

    public static String name(ContextModel model, String subject) {
        return model.nameOf(subject);
    }

}
