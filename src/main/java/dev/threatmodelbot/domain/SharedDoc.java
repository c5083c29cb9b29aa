package dev.threatmodelbot.domain;

import java.time.Instant;
import java.util.List;

/**
 * A design document shared in the session thread as a file. The session keeps what it learnt from
 * the text (facts quote their sentences) and the numbers of its sections, not the text itself, so
 * the stored session stays small. Sharing a file of the same name again replaces it. An existing
 * threat model imported from a file is one too: {@code model} names its format ("threat-composer";
 * empty for a document) and {@code threats} are the threats it states, for the next draft to compare.
 */
public record SharedDoc(String fileId, String name, List<String> sections, String messageId, String sharedBy,
        Instant sharedAt, String model, List<dev.threatmodelbot.domain.threat.ImportedThreat> threats) {

    public SharedDoc {
        sections = sections == null ? List.of() : List.copyOf(sections);
        model = model == null ? "" : model;
        threats = threats == null ? List.of() : List.copyOf(threats);
    }

    /** A design document. */
    public SharedDoc(String fileId, String name, List<String> sections, String messageId, String sharedBy,
            Instant sharedAt) {
        this(fileId, name, sections, messageId, sharedBy, sharedAt, "", List.of());
    }

    /** Whether it is an imported threat model rather than a design document. */
    public boolean importsModel() {
        return !model.isEmpty();
    }

    /** How its sections are cited: "api.yaml §2.1". */
    public String cite(String section) {
        return name + " " + section;
    }
}
