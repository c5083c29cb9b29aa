package dev.threatmodelbot.application.port;

/**
 * A file attached to a thread reply, as the platform describes it; {@code downloadUrl} is where the
 * platform serves its bytes to the bot.
 */
public record SharedFile(String id, String name, String mimeType, String type, long size, String downloadUrl) {}
