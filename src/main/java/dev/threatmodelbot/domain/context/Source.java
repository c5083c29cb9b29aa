package dev.threatmodelbot.domain.context;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a fact was said: a design-doc section ({@code reference} = "§3.2") or a thread answer
 * ({@code reference} = the message id, with author, time and permalink), with the words quoted.
 */
public record Source(Kind kind, String reference, Optional<String> author, Optional<Instant> at,
        Optional<String> link, String quote) {

    /** A design document or an engineer's answer. */
    public enum Kind {
        DOC,
        ANSWER
    }

    /** The section every element of an imported threat model is cited by: "payments.tc.json §model". */
    public static final String MODEL_SECTION = "§model";

    /** Said by an existing threat model imported into the session, not by its design doc or its people. */
    public boolean imported() {
        return kind == Kind.DOC && reference.endsWith(" " + MODEL_SECTION);
    }

    public static Source doc(String section, String quote) {
        return new Source(Kind.DOC, section, Optional.empty(), Optional.empty(), Optional.empty(), quote);
    }

    public static Source answer(String messageId, String author, Instant at, String quote) {
        return new Source(Kind.ANSWER, messageId, Optional.of(author), Optional.of(at), Optional.empty(), quote);
    }
}
