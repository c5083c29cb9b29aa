package dev.threatmodelbot.domain;

import java.time.Instant;
import java.util.Optional;

/** An engineer's reply to their open question, kept verbatim with where and when it was said. */
public record Answer(
        String questionId, String author, String text, String messageId, Instant at, Optional<Instant> editedAt) {

    public Answer edited(String newText, Instant when) {
        return new Answer(questionId, author, newText, messageId, at, Optional.of(when));
    }
}
