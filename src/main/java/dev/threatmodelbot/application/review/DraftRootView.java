package dev.threatmodelbot.application.review;

import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A draft's root message as every surface shows it: counts by severity, the lead's tally, how to review,
 * the threats not posted and the assumptions to confirm. Strings are in the core's markup.
 *
 * @param severities threats per severity, CRITICAL first
 * @param held the lower-severity threats drafted but not posted, one line each, at most fifteen
 * @param heldMore how many more were held than {@code held} lists
 * @param toConfirm what nobody said and the draft does not count on, at most eight
 * @param changes what changed since the previous version
 * @param lead the security lead's user id (a surface whose review is not by reactions words its own guide)
 */
public record DraftRootView(int version, String system, String session, int threats, Map<String, Long> severities,
        long approved, long rejected, long discuss, long pending, String guide, List<String> held, int heldMore,
        List<String> toConfirm, int toConfirmMore, Optional<String> changes, String lead) {

    static final int MAX_HELD_LINES = 15;
    static final int MAX_ASSUMED_LINES = 8;

    public DraftRootView {
        severities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(severities));
        held = List.copyOf(held);
        toConfirm = List.copyOf(toConfirm);
    }

    public static DraftRootView of(Session s, Draft d) {
        Map<Severity, Long> sev = d.bySeverity();
        Map<String, Long> severities = new java.util.LinkedHashMap<>();
        for (Severity v : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
            severities.put(v.name(), sev.getOrDefault(v, 0L));
        }
        Map<Decision.Kind, Long> tally = d.tally();
        String guide = Mentions.of(s.lead()) + ", each threat is a reply in this thread, highest severity first. React "
                + "{mark:approve} to approve, {mark:reject} to reject, {mark:discuss} to discuss; remove your reaction "
                + "to make it pending again; reply `#3 severity high` (or `title:`, `mitigation:`, a note) to change "
                + "a threat; {mark:export} on this message files the approved ones. Only the security lead's reactions "
                + "count.";
        return new DraftRootView(d.version(), Mentions.inert(s.system()), s.id().value(), d.threats().size(),
                severities, tally.getOrDefault(Decision.Kind.APPROVED, 0L), tally.getOrDefault(Decision.Kind.REJECTED, 0L),
                tally.getOrDefault(Decision.Kind.DISCUSS, 0L), tally.getOrDefault(Decision.Kind.PENDING, 0L), guide,
                first(d.held(), MAX_HELD_LINES), Math.max(0, d.held().size() - MAX_HELD_LINES),
                first(d.toConfirm(), MAX_ASSUMED_LINES), Math.max(0, d.toConfirm().size() - MAX_ASSUMED_LINES),
                d.changes(), s.lead());
    }

    /** The root a draft message shows, as the session holds it now; empty for a draft since replaced. */
    public static Optional<DraftRootView> shown(Session s, Outbound m) {
        if (m.kind() != Outbound.Kind.DRAFT_ROOT && m.kind() != Outbound.Kind.DRAFT_ROOT_UPDATE) {
            return Optional.empty();
        }
        return s.draft().filter(d -> m.key().startsWith("draft:" + d.version() + ":")).map(d -> of(s, d));
    }

    /** "Draft threat model v2 — Orders platform". */
    public String title() {
        return "Draft threat model v" + version + " — " + system;
    }

    /** "12 threats: 1 critical · 4 high · 6 medium · 1 low". */
    public String counts() {
        return threats + (threats == 1 ? " threat: " : " threats: ") + severities.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" · "));
    }

    /** "{mark:approve} 2 approved · {mark:reject} 1 rejected · {mark:discuss} 0 to discuss · 9 pending". */
    public String tally() {
        return "{mark:approve} " + approved + " approved · {mark:reject} " + rejected + " rejected · {mark:discuss} "
                + discuss + " to discuss · " + pending + " pending";
    }

    /** The whole root as one message, for surfaces that show text. */
    public String text() {
        StringBuilder out = new StringBuilder("*" + title() + "* (" + session + ")\n" + counts() + "\nReview: " + tally()
                + "\n_" + guide + "_");
        if (!held.isEmpty()) {
            out.append("\n*Also drafted, lower severity, not posted* (").append(held.size() + heldMore).append("):")
                    .append(bullets(held, heldMore));
        }
        if (!toConfirm.isEmpty()) {
            out.append("\n*Assumptions to confirm* — nobody said, so the draft does not count on it either way; "
                    + "say so in this thread and draft again:").append(bullets(toConfirm, toConfirmMore));
        }
        changes.ifPresent(c -> out.append('\n').append(c));
        return out.toString();
    }

    private static List<String> first(List<String> items, int max) {
        return items.stream().limit(max).map(Mentions::inert).toList();
    }

    private static String bullets(List<String> items, int more) {
        return items.stream().map(i -> "\n• " + i).collect(Collectors.joining())
                + (more > 0 ? "\n• … and " + more + " more" : "");
    }
}
