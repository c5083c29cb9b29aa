package dev.threatmodelbot.domain.threat;

/** The issue-tracker ticket a threat was filed as: its key ("SEC-12") and the address people open. */
public record Ticket(String key, String url) {}
