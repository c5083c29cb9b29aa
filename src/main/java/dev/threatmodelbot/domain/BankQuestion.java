package dev.threatmodelbot.domain;

/**
 * An entry of the question bank. {@code everyEngineer} questions (such as ownership) go to each
 * engineer; the others are asked once per session, of whoever is free.
 */
public record BankQuestion(String id, String topic, String text, boolean everyEngineer) {}
