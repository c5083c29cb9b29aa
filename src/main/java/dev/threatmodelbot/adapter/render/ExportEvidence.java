package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One piece of evidence a threat rests on, resolved against the model: what it says and where it
 * was said. Evidence ids are fact ids, {@code named:<component>} (the part is named somewhere) or
 * {@code flow:<flow>} (the data flow exists); ids the model does not know are left out.
 */
record ExportEvidence(String statement, Optional<Source> source) {
    private static final String NAMED = "named:";
    private static final String FLOW = "flow:";

    static List<ExportEvidence> of(ExportModel m, Threat t) {
        List<ExportEvidence> out = new ArrayList<>();
        for (String e : t.evidence()) {
            if (e.startsWith(NAMED)) {
                String id = e.substring(NAMED.length());
                m.context().component(id).ifPresent(c -> out.add(new ExportEvidence(
                        m.name(id) + " is part of the system", c.mentions().stream().findFirst())));
            } else if (e.startsWith(FLOW)) {
                String id = e.substring(FLOW.length());
                m.flow(id).ifPresent(f -> out.add(new ExportEvidence(
                        "Data flows from " + m.name(id), f.mentions().stream().findFirst())));
            } else {
                m.context().fact(e).ifPresent(f -> out.add(new ExportEvidence(said(m, f), Optional.of(f.source()))));
            }
        }
        return out;
    }

    /** "Transport of API → DB: plain". */
    static String said(ExportModel m, Fact f) {
        String property = f.property().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String subject = f.subject().equals(Fact.SYSTEM) ? "the system" : m.name(f.subject());
        return Character.toUpperCase(property.charAt(0)) + property.substring(1) + " of " + subject + ": "
                + f.value() + (f.status() == dev.threatmodelbot.domain.context.FactStatus.CONTRADICTED
                        ? " (contradicted)" : "");
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
