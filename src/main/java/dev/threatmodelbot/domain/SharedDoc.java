package dev.threatmodelbot.domain;

import java.time.Instant;
import java.util.List;

/**
 * A design document shared in the session thread as a file. The session keeps what it learnt from
 * the text (facts quote their sentences) and the numbers of its sections, not the text itself, so
 * the stored session stays small. Sharing a file of the same name again replaces it.
 */
public record SharedDoc(String fileId, String name, List<String> sections, String messageId, String sharedBy,
        Instant sharedAt) {

    public SharedDoc {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** How its sections are cited: "api.yaml §2.1". */
    public String cite(String section) {
        return name + " " + section;
    }
}
