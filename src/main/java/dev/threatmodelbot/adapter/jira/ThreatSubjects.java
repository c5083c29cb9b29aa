package dev.threatmodelbot.adapter.jira;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Optional;

/**
 * What a threat is about and rests on, in the words of the session's context model (read through
 * {@link dev.threatmodelbot.domain.threat.Evidence}), each on one line.
 */
final class ThreatSubjects {

    /** One piece of evidence: what it says and where it was said. */
    record Evidence(String statement, Optional<Source> source) {}

    private final ContextModel model;

    ThreatSubjects(ContextModel model) {
        this.model = model;
    }

    /** A part's name, "A → B" for a flow, "the system", else the id itself. */
    String name(String subject) {
        String name = JiraText.line(model.nameOf(subject));
        return name.isEmpty() ? subject : name;
    }

    /** The names of the parts and flows the threat is about, each once, in its order. */
    List<String> affected(Threat t) {
        return t.subjects().stream().distinct().map(this::name).distinct().toList();
    }

    List<Evidence> evidence(Threat t) {
        return dev.threatmodelbot.domain.threat.Evidence.of(model, t).stream()
                .map(e -> new Evidence(JiraText.line(e.statement(model)), e.source())).toList();
    }
}
