package dev.threatmodelbot.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One question to one engineer. {@code bankId} names the question-bank entry it came from, so the
 * same thing is never asked twice; {@code messageId} is the platform's id of the posted question.
 */
public record Question(
        String id,
        String bankId,
        String topic,
        String text,
        String askedTo,
        QuestionStatus status,
        Optional<Instant> askedAt,
        Optional<String> messageId,
        int reminders,
        boolean escalated,
        Optional<String> handedOverBy) {

    public static Question queued(String id, BankQuestion from, String engineer) {
        return new Question(id, from.id(), from.topic(), from.text(), engineer, QuestionStatus.QUEUED,
                Optional.empty(), Optional.empty(), 0, false, Optional.empty());
    }

    public Question opened(Instant at) {
        return new Question(id, bankId, topic, text, askedTo, QuestionStatus.OPEN, Optional.of(at), messageId,
                reminders, escalated, handedOverBy);
    }

    public Question posted(String platformMessageId) {
        return new Question(id, bankId, topic, text, askedTo, status, askedAt, Optional.of(platformMessageId),
                reminders, escalated, handedOverBy);
    }

    public Question withStatus(QuestionStatus newStatus) {
        return new Question(id, bankId, topic, text, askedTo, newStatus, askedAt, messageId, reminders, escalated,
                handedOverBy);
    }

    /** The same question about more: a new bank id and wording, still with the same person and message. */
    public Question about(String newBankId, String newText) {
        return new Question(id, newBankId, topic, newText, askedTo, status, askedAt, messageId, reminders, escalated,
                handedOverBy);
    }

    public Question reminded() {
        return new Question(id, bankId, topic, text, askedTo, status, askedAt, messageId, reminders + 1, escalated,
                handedOverBy);
    }

    public Question escalatedToLead() {
        return new Question(id, bankId, topic, text, askedTo, status, askedAt, messageId, reminders, true,
                handedOverBy);
    }

    /** A copy for another person, who now owes the answer. */
    public Question handedTo(String newId, String engineer, String by) {
        return new Question(newId, bankId, topic, text, engineer, QuestionStatus.QUEUED, Optional.empty(),
                Optional.empty(), 0, false, Optional.of(by));
    }

    /** What the question is: ownership, a starter, a part's open points, a follow-up or a disagreement. */
    public QuestionKind kind() {
        return QuestionKind.of(bankId);
    }

    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }
}
