package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Optional;

/**
 * One piece of evidence a threat rests on ({@link Evidence}) as the files write it: what it says and
 * where it was said.
 */
record ExportEvidence(String statement, Optional<Source> source) {

    static List<ExportEvidence> of(ExportModel m, Threat t) {
        return Evidence.of(m.context(), t).stream()
                .map(e -> new ExportEvidence(e.statement(m.context()), e.source())).toList();
    }

    /** "design doc §2 Architecture", "answer by U123 on 2026-11-18 10:00 UTC, message 1700.1". */
    static String cite(Source s) {
        if (s.kind() == Source.Kind.DOC) {
            return "design doc " + ExportText.oneLine(s.reference());
        }
        return "answer by " + s.author().orElse("an engineer")
                + s.at().map(at -> " on " + ExportText.minute(at)).orElse("")
                + ", message " + ExportText.oneLine(s.reference());
    }

    /** The source's permalink when it is a plain https address, safe to put in a link. */
    static Optional<String> link(Source s) {
        return s.link().map(String::strip).filter(l -> l.matches("https://[^\\s<>()\\[\\]\"'`]+"));
    }
}
