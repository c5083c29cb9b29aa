package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;
import java.util.Optional;

/**
 * A language model that reads a passage of a design doc or an answer and says what it states about
 * the system. The passage reaching this port has already had its secrets redacted; the adapter
 * puts it into the prompt only as delimited data. What comes back is a proposal: the caller keeps
 * only what the passage's own words support.
 */
public interface LanguageModel {

    /** What the passage states, with the words that state each part.
     *
     * @throws Unavailable when the model cannot be reached or does not answer in the agreed shape
     *     (after the adapter's own retries)
     */
    Reading read(Passage passage) throws Unavailable;

    /**
     * The text to read, what it is ("design doc §2.1", "answer by an engineer"), the component names
     * already in use, and the question it answers, if any.
     */
    record Passage(String text, String label, List<String> knownComponents, Optional<String> question) {
        public Passage {
            knownComponents = List.copyOf(knownComponents);
        }
    }

    /** The model's reading, and the tokens the call used. */
    record Reading(List<Part> components, List<Flow> flows, List<Claim> facts, List<String> instructionLike,
            long tokensIn, long tokensOut) {
        public Reading {
            components = List.copyOf(components);
            flows = List.copyOf(flows);
            facts = List.copyOf(facts);
            instructionLike = List.copyOf(instructionLike);
        }
    }

    /** A named part of the system. */
    record Part(String name, ComponentKind kind, String technology, String quote) {}

    /** Data moving from one named part to another. */
    record Flow(String from, String to, String description, String quote) {}

    /**
     * A security property of a part ({@code subject} its name), of a flow ("A -> B") or of the
     * whole system ("system").
     */
    record Claim(String subject, Property property, String value, String quote) {}

    /** The model gave no usable reading; {@code reason} is fit for a log and a thread notice. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String reason) {
            super(reason);
        }

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
