package dev.threatmodelbot.domain.threat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A threat as an existing threat model states it, kept with the imported file so the next draft can
 * say which of them it carries over, which changed and which no longer apply. {@code about}: the
 * parts (their names) and flows ("A → B") it is about, as the file names them; {@code status}: its
 * state there in words ("identified", "mitigated", "not useful"), empty when the file says none;
 * {@code rule}: the rule of this project's engine that drafted it, when the file is one of its exports.
 */
public record ImportedThreat(String ref, String title, String description, Set<Stride> stride,
        Optional<Severity> severity, String status, List<String> about, String mitigation, String rule) {

    public ImportedThreat {
        stride = Set.copyOf(stride);
        about = List.copyOf(about);
        severity = severity == null ? Optional.empty() : severity;
        status = status == null ? "" : status;
        mitigation = mitigation == null ? "" : mitigation;
        description = description == null ? "" : description;
        rule = rule == null ? "" : rule;
    }

    /** A threat from a file this project did not write. */
    public ImportedThreat(String ref, String title, String description, Set<Stride> stride, Optional<Severity> severity,
            String status, List<String> about, String mitigation) {
        this(ref, title, description, stride, severity, status, about, mitigation, "");
    }
}
