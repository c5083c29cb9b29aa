package dev.threatmodelbot.domain;

import java.util.List;

/**
 * An entry of the question bank. {@code everyEngineer} questions (such as ownership) go to each
 * engineer; the others are asked once per session, of whoever is free. {@code covers} says what the
 * entry wants to learn — security property names ({@code AUTHENTICATION}, …), {@code PARTS} (what
 * the system is made of) or {@code FLOWS} (what talks to what) — so it is skipped once the sources
 * already say it or the part-by-part questions will ask it more precisely; an entry covering nothing
 * is always asked.
 */
public record BankQuestion(String id, String topic, String text, boolean everyEngineer, List<String> covers) {

    public BankQuestion {
        covers = List.copyOf(covers);
    }

    public BankQuestion(String id, String topic, String text, boolean everyEngineer) {
        this(id, topic, text, everyEngineer, List.of());
    }
}
