package dev.threatmodelbot.domain.context;

/** How well a coverage topic is known. */
public enum Rating {
    MISSING,
    PARTIAL,
    SUFFICIENT
}
