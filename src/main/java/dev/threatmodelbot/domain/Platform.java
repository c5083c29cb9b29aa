package dev.threatmodelbot.domain;

/** A chat platform the bot talks on. */
public enum Platform {
    SLACK,
    TEAMS,
    /** The local web workspace the service serves itself. */
    WEB
}
