package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;

/** One eval case: the size of the context model read from its design doc, and its drafted threats scored. */
record ThreatCaseResult(String caseName, int components, int flows, int facts, ThreatScores scores) {

    List<Threat> drafted() {
        return scores.drafted();
    }

    int truthCount() {
        return scores.truth().size();
    }

    long bySeverity(Severity s) {
        return drafted().stream().filter(t -> t.severity() == s).count();
    }

    long mlMapped() {
        return drafted().stream().filter(t -> !t.owaspLlm().isEmpty() || !t.atlas().isEmpty()).count();
    }

    long chains() {
        return drafted().stream().filter(Threat::isChain).count();
    }
}
