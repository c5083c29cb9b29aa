package dev.threatmodelbot.domain;

import java.time.Instant;

/**
 * A design document shared in the session thread as a file, already read to text. Sharing a file of
 * the same name again replaces it: the newer text is what the session knows.
 */
public record SharedDoc(String fileId, String name, String text, String messageId, String sharedBy,
        Instant sharedAt) {

    /** How its sections are cited: "api.yaml §2.1". */
    public String cite(String section) {
        return name + " " + section;
    }
}
