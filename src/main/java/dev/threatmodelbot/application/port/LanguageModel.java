package dev.threatmodelbot.application.port;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.Stride;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A language model that reads a passage of a design doc or an answer and says what it states about
 * the system, and proposes threats the rules missed. What reaches this port has already had its
 * secrets redacted; the adapter puts it into the prompt only as delimited data. What comes back is
 * a proposal: the caller keeps only what the passage's own words, or the context model's facts,
 * support.
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

    /**
     * Threats the rules did not draft, and attack chains across parts, each citing the brief's fact
     * ids. Models that do not draft threats keep this default.
     *
     * @throws Unavailable when the model cannot be reached or does not answer in the agreed shape
     */
    default Proposals threats(ThreatBrief brief) throws Unavailable {
        throw new Unavailable("this model does not draft threats");
    }

    /**
     * What is known about a system, for proposing threats: its parts, flows and facts by id, and the
     * threats the rules already drafted (so the model proposes others).
     */
    record ThreatBrief(String system, List<BriefPart> parts, List<BriefFlow> flows, List<BriefFact> facts,
            List<BriefThreat> drafted) {
        public ThreatBrief {
            parts = List.copyOf(parts);
            flows = List.copyOf(flows);
            facts = List.copyOf(facts);
            drafted = List.copyOf(drafted);
        }
    }

    /** A part of the system by id. */
    record BriefPart(String id, String name, ComponentKind kind, String technology) {}

    /** A data flow by id, from one part id to another. */
    record BriefFlow(String id, String from, String to, String description) {}

    /** A fact by id: {@code subject} is a part id, a flow id or "system"; {@code quote} who said it in which words. */
    record BriefFact(String id, String subject, Property property, String value, FactStatus status, String quote) {}

    /** A threat the rules drafted. */
    record BriefThreat(String title, Set<Stride> stride, List<String> subjects) {
        public BriefThreat {
            stride = Set.copyOf(stride);
            subjects = List.copyOf(subjects);
        }
    }

    /** The model's proposed threats, and the tokens the call used. */
    record Proposals(List<Proposed> threats, long tokensIn, long tokensOut) {
        public Proposals {
            threats = List.copyOf(threats);
        }
    }

    /**
     * One proposed threat. {@code subjects} are part or flow ids; {@code evidence} fact ids,
     * {@code named:<part id>} or {@code flow:<flow id>}; likelihood and impact 1 to 3; {@code owaspLlm}
     * ("LLM01", 2026 edition) and {@code atlas} ("AML.T0051") for machine-learning parts; {@code attack}
     * an attack class code ("prompt-injection"). Nothing here is checked yet.
     */
    record Proposed(String title, String description, Set<Stride> stride, List<String> subjects,
            List<String> evidence, List<String> attackSteps, String mitigation, int likelihood, int impact,
            List<String> owaspLlm, List<String> atlas, String attack) {
        public Proposed(String title, String description, Set<Stride> stride, List<String> subjects,
                List<String> evidence, List<String> attackSteps, String mitigation, int likelihood, int impact,
                List<String> owaspLlm, List<String> atlas) {
            this(title, description, stride, subjects, evidence, attackSteps, mitigation, likelihood, impact, owaspLlm,
                    atlas, "");
        }

        public Proposed {
            attack = attack == null ? "" : attack;
            stride = Set.copyOf(stride);
            subjects = List.copyOf(subjects);
            evidence = List.copyOf(evidence);
            attackSteps = List.copyOf(attackSteps);
            owaspLlm = List.copyOf(owaspLlm);
            atlas = List.copyOf(atlas);
        }
    }

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
