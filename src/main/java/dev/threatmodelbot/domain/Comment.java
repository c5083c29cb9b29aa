package dev.threatmodelbot.domain;

import java.time.Instant;

/** A reply in the session thread that answers no question: kept as context, never dropped. */
public record Comment(String author, String text, String messageId, Instant at) {

    public Comment edited(String newText) {
        return new Comment(author, newText, messageId, at);
    }
}
