package dev.threatmodelbot.domain.context;

import dev.threatmodelbot.domain.threat.ImportedThreat;
import java.util.List;
import java.util.Optional;

/**
 * An existing threat model read from a file (Open Threat Model, threat-composer or Threagile): what it
 * says of the system's parts, flows and threats, in plain values, before any of it is taken into a
 * session. {@code format} names the tool ("threat-composer"); {@code date} is the model's own date
 * when it states one.
 */
public record ImportedModel(String format, Optional<String> date, List<Part> parts, List<Flow> flows,
        List<ImportedThreat> threats) {

    public ImportedModel {
        parts = List.copyOf(parts);
        flows = List.copyOf(flows);
        threats = List.copyOf(threats);
        date = date == null ? Optional.empty() : date;
    }

    /**
     * A part: {@code kind} when the file says what it is, {@code exposure} "public" or "internal" when its
     * trust zone says so (else empty), {@code authentication} and {@code encryption} values in the context
     * model's words when the file states them.
     */
    public record Part(String name, Optional<ComponentKind> kind, String technology, String exposure,
            String encryption) {

        public Part {
            kind = kind == null ? Optional.empty() : kind;
            technology = technology == null ? "" : technology;
            exposure = exposure == null ? "" : exposure;
            encryption = encryption == null ? "" : encryption;
        }
    }

    /** A flow between two parts (by name): what it carries, its transport ("tls", "plain") and authentication. */
    public record Flow(String source, String target, String description, String transport, String authentication) {

        public Flow {
            description = description == null ? "" : description;
            transport = transport == null ? "" : transport;
            authentication = authentication == null ? "" : authentication;
        }
    }
}
