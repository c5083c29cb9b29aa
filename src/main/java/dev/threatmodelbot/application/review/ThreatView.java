package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.threat.Decision;

/**
 * One drafted threat as every surface shows it: a surface with cards or blocks lays out the fields, one
 * with text only shows {@link #text()}. Strings are in the core's markup ({@code {@U1}} mentions, links),
 * with what people wrote made inert.
 *
 * @param severity CRITICAL, HIGH, MEDIUM or LOW
 * @param stride the STRIDE categories, "Spoofing, Tampering"
 * @param evidence who said what, or where a part or flow is named; at most four
 * @param suggestedByModel the language model proposed it from the evidence
 * @param confidence "high", "medium" or "low"
 * @param owasp the OWASP Top 10 for LLM Applications codes, 2026 with 2025 beside them
 * @param amendment who changed it last, and what was changed
 * @param ticket the ticket it was filed as, a link
 * @param decision the lead's decision, who and when ("{mark:approve} Approved by {@U1} on 2026-12-07 14:03 UTC"); empty
 *     while pending
 */
public record ThreatView(int number, String severity, String stride, String title, String description,
        List<String> affects, List<String> evidence, List<String> assumptions, boolean suggestedByModel,
        String mitigation, String confidence, int likelihood, int impact, Optional<String> owasp, List<String> atlas,
        Optional<String> amendment, Optional<String> ticket, Optional<String> decision) {

    private static final int MAX_EVIDENCE = 4;

    public ThreatView {
        affects = List.copyOf(affects);
        evidence = List.copyOf(evidence);
        assumptions = List.copyOf(assumptions);
        atlas = List.copyOf(atlas);
    }

    public static ThreatView of(Session s, DraftedThreat dt) {
        Threat t = dt.threat();
        List<String> affects = t.subjects().stream().map(id -> Mentions.inert(Subjects.name(s.context(), id))).toList();
        Optional<String> amendment = dt.amendments().isEmpty() ? Optional.empty()
                : Optional.of(Mentions.of(dt.amendments().get(dt.amendments().size() - 1).by()) + ": "
                        + dt.amendments().stream().map(a -> a.summary()).distinct().collect(Collectors.joining(", ")));
        return new ThreatView(dt.number(), t.severity().name(), stride(t), Mentions.inert(t.title()),
                Mentions.inert(t.description()), affects, evidence(s, t).stream().distinct().limit(MAX_EVIDENCE).toList(),
                t.assumptions().stream().map(Mentions::inert).toList(),
                t.rule().equals("llm") || t.rule().equals("chain:llm"), Mentions.inert(t.mitigation()),
                t.confidence().name().toLowerCase(Locale.ROOT), t.likelihood(), t.impact(),
                t.owaspLlm().isEmpty() ? Optional.empty() : Optional.of(OwaspLlm.labels(t.owaspLlm())), t.atlas(),
                amendment, dt.ticket().map(k -> Links.url(k.url(), Mentions.inert(k.key()))), decision(dt));
    }

    private static Optional<String> decision(DraftedThreat dt) {
        if (dt.decisions().isEmpty() || dt.status() == Decision.Kind.PENDING) {
            return Optional.empty();
        }
        Decision d = dt.decisions().get(dt.decisions().size() - 1);
        String what = switch (d.kind()) {
            case APPROVED -> Marks.of(Marks.Signal.APPROVE) + " Approved";
            case REJECTED -> Marks.of(Marks.Signal.REJECT) + " Rejected";
            default -> Marks.of(Marks.Signal.DISCUSS) + " To discuss";
        };
        return Optional.of(what + " by " + Mentions.of(d.by()) + " on "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC)
                        .format(d.at()));
    }

    /**
     * The threat a draft message shows, as the session holds it now: a new reply of the current draft by
     * its number, an update by the threat's id. Empty for other messages and for a draft since replaced.
     */
    public static Optional<ThreatView> shown(Session s, Outbound m) {
        if (m.kind() == Outbound.Kind.DRAFT_REPLY) {
            return s.draft().filter(d -> m.key().startsWith("draft:" + d.version() + ":"))
                    .flatMap(d -> m.threatNumber().flatMap(d::byNumber))
                    .map(t -> of(s, t));
        }
        if (m.kind() == Outbound.Kind.DRAFT_REPLY_UPDATE) {
            return s.draft().flatMap(d -> m.threatId().flatMap(d::byThreat)).map(t -> of(s, t));
        }
        return Optional.empty();
    }

    /** "*#3 · HIGH · Spoofing*": the line a card shows above the title. */
    public String heading() {
        return "#" + number + " · " + severity + " · " + stride;
    }

    /** "likelihood 2 × impact 3 · OWASP LLM: … · MITRE ATLAS: …" after the confidence. */
    public String scoring() {
        return "likelihood " + likelihood + " × impact " + impact + owasp.map(o -> " · OWASP LLM: " + o).orElse("")
                + (atlas.isEmpty() ? "" : " · MITRE ATLAS: " + String.join(", ", atlas));
    }

    /** The whole threat as one message, for surfaces that show text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("*").append(heading()).append("*\n*").append(title).append("*\n").append(description).append('\n');
        out.append("*Affects*: ").append(String.join(", ", affects)).append('\n');
        if (!evidence.isEmpty()) {
            out.append("*Evidence*:\n");
            evidence.forEach(e -> out.append("• ").append(e).append('\n'));
        }
        assumptions.forEach(a -> out.append("*Assumes*: ").append(a).append('\n'));
        if (suggestedByModel) {
            out.append("_Suggested by the language model from the evidence above._\n");
        }
        out.append("*Mitigation*: ").append(mitigation).append('\n');
        out.append("*Confidence*: ").append(confidence).append(" · ").append(scoring());
        amendment.ifPresent(a -> out.append("\n✏️ Amended by ").append(a));
        ticket.ifPresent(k -> out.append("\n🎫 Filed as ").append(k));
        return out.toString();
    }

    private static String stride(Threat t) {
        return Arrays.stream(Stride.values()).filter(t.stride()::contains)
                .map(x -> x.name().charAt(0) + x.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** Facts as "who said what", with links; a part named without a fact by where it was named. */
    private static List<String> evidence(Session s, Threat t) {
        List<String> out = new ArrayList<>();
        for (Evidence e : Evidence.of(s.context(), t)) {
            switch (e.kind()) {
                case NAMED -> e.source().map(m -> Mentions.inert(s.context().nameOf(e.subject())) + " is named in "
                        + (m.kind() == Source.Kind.DOC ? Texts.doc(m.reference()).replace("The design doc", "the design doc")
                                : "an answer by " + Mentions.of(m.author().orElse("?"))))
                        .ifPresent(out::add);
                case FLOW -> out.add("data flow " + Mentions.inert(s.context().nameOf(e.subject())));
                case FACT -> out.add(Texts.said(e.fact().orElseThrow()));
                default -> { }
            }
        }
        return out;
    }
}
