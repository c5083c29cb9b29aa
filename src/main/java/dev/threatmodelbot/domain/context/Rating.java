package dev.threatmodelbot.domain.context;

/** How well a coverage topic is known. */
public enum Rating {
    MISSING,
    PARTIAL,
    SUFFICIENT,
    /** Asked, and nobody knew: the threat model takes it as an explicit assumption. */
    ASSUMED
}
