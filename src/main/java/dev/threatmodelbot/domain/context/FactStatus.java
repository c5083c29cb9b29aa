package dev.threatmodelbot.domain.context;

/** How much a fact is to be believed. */
public enum FactStatus {
    STATED,
    CONFIRMED,
    CONTRADICTED,
    SUPERSEDED
}
