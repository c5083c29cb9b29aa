package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.port.LanguageModel;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Objects;

/**
 * What a language model is told when asked for threats: the system's parts, flows and live facts by
 * id, and the threats the rules drafted, every text redacted; and the ids the model may cite back.
 * Long models are cut short so one call stays within a model's context window.
 */
final class ThreatBriefs {
    static final int MAX_FACTS = 300;
    static final int MAX_DRAFTED = 150;
    static final int MAX_TEXT = 240;

    /** The brief, and the ids it lets a proposal cite. */
    record Built(LanguageModel.ThreatBrief brief, CitableIds ids) {}

    private ThreatBriefs() {}

    static Built of(String system, ContextModel model, List<Threat> drafted) {
        List<Fact> live = live(model);
        List<LanguageModel.BriefPart> parts = model.components().stream()
                .map(c -> new LanguageModel.BriefPart(id(c.id()), safe(c.name()), c.kind(), safe(c.technology())))
                .toList();
        List<LanguageModel.BriefFlow> flows = model.flows().stream()
                .map(f -> new LanguageModel.BriefFlow(id(f.id()), id(f.source()), id(f.target()),
                        safe(f.description())))
                .toList();
        List<LanguageModel.BriefFact> facts = live.stream().limit(MAX_FACTS)
                .map(f -> new LanguageModel.BriefFact(id(f.id()), id(f.subject()), f.property(), safe(f.value()),
                        f.status(), safe(f.source().quote())))
                .toList();
        List<LanguageModel.BriefThreat> threats = drafted.stream().limit(MAX_DRAFTED)
                .map(t -> new LanguageModel.BriefThreat(safe(t.title()), t.stride(),
                        t.subjects().stream().map(ThreatBriefs::id).toList()))
                .toList();
        return new Built(new LanguageModel.ThreatBrief(safe(system), parts, flows, facts, threats),
                CitableIds.of(model, live));
    }

    /** Facts still believed: neither superseded by a later statement nor contradicted by another. */
    static List<Fact> live(ContextModel model) {
        return model.facts().stream()
                .filter(f -> f.status() == FactStatus.STATED || f.status() == FactStatus.CONFIRMED).toList();
    }

    /** An id redacted but whole, as {@link CitableIds} reads it back. */
    private static String id(String id) {
        return Secrets.redact(id);
    }

    /** Redacted first, then cut: cutting first could break a secret so that it no longer looks like one. */
    private static String safe(String text) {
        String redacted = Objects.requireNonNullElse(Secrets.redact(Objects.requireNonNullElse(text, "")), "");
        return redacted.length() <= MAX_TEXT ? redacted : redacted.substring(0, MAX_TEXT - 1) + "…";
    }
}
