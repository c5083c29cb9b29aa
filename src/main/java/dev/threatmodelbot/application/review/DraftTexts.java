package dev.threatmodelbot.application.review;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.port.ModelExporter;
import dev.threatmodelbot.domain.threat.OwaspLlm;
import static dev.threatmodelbot.domain.Mentions.of;

import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the bot says when it posts a draft: the root with its counts and tally, and each threat. */
public final class DraftTexts {
    private static final int MAX_HELD_LINES = 15;
    private static final int MAX_ASSUMED_LINES = 8;

    private DraftTexts() {}

    static String root(Session s, Draft d) {
        Map<Severity, Long> sev = d.bySeverity();
        Map<Decision.Kind, Long> tally = d.tally();
        List<String> counts = new ArrayList<>();
        for (Severity v : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
            counts.add(sev.getOrDefault(v, 0L) + " " + v.name().toLowerCase(Locale.ROOT));
        }
        return "*Draft threat model v" + d.version() + " — " + Mentions.inert(s.system()) + "* (" + s.id() + ")\n"
                + d.threats().size() + (d.threats().size() == 1 ? " threat: " : " threats: ")
                + String.join(" · ", counts) + "\n"
                + "Review: {mark:approve} " + tally.getOrDefault(Decision.Kind.APPROVED, 0L) + " approved · {mark:reject} "
                + tally.getOrDefault(Decision.Kind.REJECTED, 0L) + " rejected · {mark:discuss} "
                + tally.getOrDefault(Decision.Kind.DISCUSS, 0L) + " to discuss · "
                + tally.getOrDefault(Decision.Kind.PENDING, 0L) + " pending\n"
                + "_" + of(s.lead()) + ", each threat is a reply in this thread, highest severity first. React "
                + "{mark:approve} to approve, {mark:reject} to reject, {mark:discuss} to discuss; remove your reaction "
                + "to make it pending again; reply `#3 severity high` (or `title:`, `mitigation:`, a note) to change "
                + "a threat; {mark:export} on this message files the approved ones. Only the security lead's reactions "
                + "count._"
                + notes(d);
    }

    /** The threats not posted and the assumptions to confirm, as the root lists them. */
    private static String notes(Draft d) {
        StringBuilder out = new StringBuilder();
        if (!d.held().isEmpty()) {
            out.append("\n*Also drafted, lower severity, not posted* (").append(d.held().size()).append("):")
                    .append(bullets(d.held(), MAX_HELD_LINES));
        }
        if (!d.toConfirm().isEmpty()) {
            out.append("\n*Assumptions to confirm* — nobody said, so the draft does not count on it either way; "
                    + "say so in this thread and draft again:").append(bullets(d.toConfirm(), MAX_ASSUMED_LINES));
        }
        return out.toString();
    }

    /** One "• " line per item, at most {@code max}, then "• … and N more". */
    private static String bullets(List<String> items, int max) {
        String shown = items.stream().limit(max).map(i -> "\n• " + Mentions.inert(i)).collect(Collectors.joining());
        return items.size() > max ? shown + "\n• … and " + (items.size() - max) + " more" : shown;
    }

    /** "MEDIUM · Orders API: Floods of requests …" for each threat drafted beyond what is posted. */
    static List<String> held(dev.threatmodelbot.domain.context.ContextModel m, List<Threat> held) {
        return held.stream().map(t -> t.severity().name() + " · " + t.subjects().stream().map(m::nameOf)
                .collect(Collectors.joining(", ")) + ": " + dev.threatmodelbot.domain.OneLine.clip(t.title(), 120))
                .toList();
    }

    public static String threat(Session s, DraftedThreat dt) {
        Threat t = dt.threat();
        StringBuilder out = new StringBuilder();
        out.append("*#").append(dt.number()).append(" · ").append(t.severity().name()).append(" · ")
                .append(stride(t)).append("*\n*").append(Mentions.inert(t.title())).append("*\n")
                .append(Mentions.inert(t.description())).append('\n');
        out.append("*Affects*: ").append(t.subjects().stream().map(id -> Subjects.name(s.context(), id))
                .map(Mentions::inert).collect(Collectors.joining(", "))).append('\n');
        List<String> evidence = evidence(s, t).stream().distinct().toList();
        if (!evidence.isEmpty()) {
            out.append("*Evidence*:\n");
            evidence.stream().limit(4).forEach(e -> out.append("• ").append(e).append('\n'));
        }
        t.assumptions().forEach(a -> out.append("*Assumes*: ").append(Mentions.inert(a)).append('\n'));
        if (t.rule().equals("llm") || t.rule().equals("chain:llm")) {
            out.append("_Suggested by the language model from the evidence above._\n");
        }
        out.append("*Mitigation*: ").append(Mentions.inert(t.mitigation())).append('\n');
        out.append("*Confidence*: ").append(t.confidence().name().toLowerCase(Locale.ROOT)).append(" · likelihood ")
                .append(t.likelihood()).append(" × impact ").append(t.impact());
        if (!t.owaspLlm().isEmpty()) {
            out.append(" · OWASP LLM: ").append(OwaspLlm.labels(t.owaspLlm()));
        }
        if (!t.atlas().isEmpty()) {
            out.append(" · MITRE ATLAS: ").append(String.join(", ", t.atlas()));
        }
        if (!dt.amendments().isEmpty()) {
            var last = dt.amendments().get(dt.amendments().size() - 1);
            out.append("\n✏️ Amended by ").append(of(last.by())).append(": ")
                    .append(dt.amendments().stream().map(a -> a.summary()).distinct()
                            .collect(Collectors.joining(", ")));
        }
        dt.ticket().ifPresent(k -> out.append("\n🎫 Filed as ").append(ticket(k)));
        return out.toString();
    }

    private static String ticket(Ticket t) {
        return Links.url(t.url(), Mentions.inert(t.key()));
    }

    /** "#3 SEC-12" for each threat given that has a ticket. */
    private static String filedList(Draft d, List<String> threatIds) {
        return threatIds.stream().map(d::byThreat).flatMap(java.util.Optional::stream)
                .filter(t -> t.ticket().isPresent())
                .map(t -> "#" + t.number() + " " + ticket(t.ticket().get()))
                .collect(Collectors.joining(" · "));
    }

    /** After a run of tickets: which threats it filed, and how many approved ones had tickets already. */
    public static String ticketReport(Session s, java.util.Optional<String> jiraProject, List<String> threatIds) {
        Draft d = s.draft().orElseThrow();
        String filed = filedList(d, threatIds);
        long earlier = d.threats().stream().filter(t -> t.ticket().isPresent() && !threatIds.contains(t.threat().id()))
                .count();
        long count = threatIds.stream().map(d::byThreat).flatMap(java.util.Optional::stream)
                .filter(t -> t.ticket().isPresent()).count();
        String project = jiraProject.map(p -> " project " + p).orElse("");
        return "🎫 Filed " + count + (count == 1 ? " approved threat" : " approved threats") + " in Jira"
                + project + (filed.isEmpty() ? "." : ": " + filed + ".")
                + (earlier > 0 ? " " + earlier + (earlier == 1 ? " threat was" : " threats were")
                        + " filed before and kept " + (earlier == 1 ? "its ticket." : "their tickets.") : "")
                + " Each ticket links back to its threat here.";
    }

    /**
     * Jira refused a ticket. {@code goingOn}: only this one (a field Jira rejects), the others are
     * still being filed; else the run stopped and {@code notFiled} lists the rest.
     */
    public static String ticketRefused(Session s, java.util.Optional<DraftedThreat> threat, String reason,
            List<String> notFiled, boolean goingOn) {
        Draft d = s.draft().orElseThrow();
        String which = threat.map(t -> "the ticket for #" + t.number() + " _" + Mentions.inert(t.threat().title())
                + "_").orElse("a ticket");
        if (goingOn) {
            return "⚠️ Jira refused " + which + ": " + Mentions.inert(reason) + "\nThe other approved threats "
                    + "are still being filed. " + of(s.lead()) + ", you can change the threat (reply `#"
                    + threat.map(t -> t.number()).orElse(0) + " …`) and react {mark:export} again: only threats without a "
                    + "ticket are filed.";
        }
        return "⚠️ Jira refused " + which + ": " + Mentions.inert(reason) + "\n" + progress(d, threat, notFiled)
                + " " + of(s.lead()) + ", once that is fixed, react {mark:export} on the draft again (or `/threatmodel "
                + "export " + s.id() + " jira`): only threats without a ticket are filed.";
    }

    /** "Filed so far: #1 SEC-1. Not filed: #2, #3." after a run stopped at {@code threat}. */
    private static String progress(Draft d, java.util.Optional<DraftedThreat> threat, List<String> notFiled) {
        List<String> waiting = new ArrayList<>();
        threat.ifPresent(t -> waiting.add("#" + t.number()));
        notFiled.stream().map(d::byThreat).flatMap(java.util.Optional::stream).map(t -> "#" + t.number())
                .forEach(waiting::add);
        List<String> filed = d.threats().stream().filter(t -> t.ticket().isPresent()).map(t -> t.threat().id())
                .toList();
        return (filed.isEmpty() ? "No tickets filed yet." : "Filed so far: " + filedList(d, filed) + ".")
                + " Not filed: " + String.join(", ", waiting) + ".";
    }

    /** Jira did not answer a ticket's first try. */
    public static String ticketWaiting(String reason) {
        return "⏳ Jira isn't answering right now (" + Mentions.inert(reason) + "). I'll keep trying for a "
                + "few minutes; nothing is filed twice.";
    }

    /** Jira stayed unreachable try after try: the run stops. */
    public static String ticketGaveUp(Session s, String reason, int tries, java.util.Optional<DraftedThreat> threat,
            List<String> notFiled) {
        return "⚠️ Jira could not be reached after " + tries + " tries (" + Mentions.inert(reason) + "), so I "
                + "stopped. " + progress(s.draft().orElseThrow(), threat, notFiled) + " " + of(s.lead()) + ", react "
                + "{mark:export} on the draft again once Jira is back: only threats without a ticket are filed.";
    }

    static String modelFailed() {
        return "The language model could not be reached, so this draft holds the built-in rules' threats only; "
                + "`/threatmodel draft` again later asks it once more.";
    }

    static String noSuchThreat(Draft d, int number) {
        return "Draft v" + d.version() + " has no threat #" + number + (d.threats().isEmpty() ? "."
                : " (they are numbered 1 to " + d.threats().size() + ").");
    }

    static String amendHelp(DraftedThreat t) {
        return "To change #" + t.number() + ", reply `#" + t.number() + " severity critical|high|medium|low`, `#"
                + t.number() + " likelihood 1-3`, `#" + t.number() + " impact 1-3`, `#" + t.number()
                + " title: …`, `#" + t.number() + " mitigation: …` or `#" + t.number() + " description: …`; anything "
                + "else after the number is added as your note.";
    }

    static String amendedAfterTicket(DraftedThreat t) {
        return "#" + t.number() + " was filed as " + ticket(t.ticket().orElseThrow()) + " before this change; the "
                + "ticket keeps what it was filed with, so update it in Jira too.";
    }

    static String noTracker(boolean ticketsOnly) {
        return ticketsOnly ? "Jira isn't set up for this bot (`JIRA_URL` and friends), so there is nothing to file "
                + "tickets in. `/threatmodel export <id>` attaches the model as files."
                : "Jira isn't set up for this bot, so export attaches the model as files only.";
    }

    static String noProject(Session s) {
        return "This session has no Jira project, so no tickets were filed: start a session with a Jira project key "
                + "(or set `JIRA_PROJECT` as the default) to file approved threats.";
    }

    static String nothingApproved(Session s) {
        return "No approved threats to file yet. " + of(s.lead()) + ", react {mark:approve} on the threats "
                + "you accept, then {mark:export} on the draft again.";
    }

    static String allFiled(Session s, Draft d) {
        List<String> ids = d.threats().stream().filter(t -> t.ticket().isPresent()).map(t -> t.threat().id())
                .toList();
        return "🎫 Every approved threat already has its ticket: " + filedList(d, ids) + ".";
    }

    /** What changed since the previous version: new, changed and removed threats, by title. */
    static String changes(Draft before, Draft now) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (DraftedThreat t : now.threats()) {
            java.util.Optional<DraftedThreat> old = before.byThreat(t.threat().id());
            if (old.isEmpty()) {
                added.add("#" + t.number());
            } else if (!old.get().threat().equals(t.threat())) {
                changed.add("#" + t.number());
            }
        }
        List<String> removed = before.threats().stream().filter(t -> now.byThreat(t.threat().id()).isEmpty())
                .map(t -> "_" + Mentions.inert(t.threat().title()) + "_").toList();
        return "*Since v" + before.version() + "*: " + added.size() + " new" + (added.isEmpty() ? "" : " ("
                + String.join(", ", added) + ")") + " · " + changed.size() + " changed" + (changed.isEmpty() ? ""
                : " (" + String.join(", ", changed) + ")") + " · " + removed.size() + " removed"
                + (removed.isEmpty() ? "" : ": " + String.join("; ", removed.stream().limit(5).toList())
                        + (removed.size() > 5 ? "; …" : ""))
                + ". Decisions on threats drafted again are kept.";
    }

    static String exportCaption(Session s, Draft d, ModelExporter.Format f) {
        long approved = d.tally().getOrDefault(Decision.Kind.APPROVED, 0L);
        return "Threat model v" + d.version() + " of *" + Mentions.inert(s.system()) + "* as "
                + f.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + approved + " approved of "
                + d.threats().size() + " threats)";
    }

    static String notLead(Session s) {
        return "Only the security lead, " + of(s.lead()) + ", approves or rejects threats in this draft, so your "
                + "reaction doesn't change it. Reply in the thread if you want to weigh in.";
    }

    private static String stride(Threat t) {
        return java.util.Arrays.stream(Stride.values()).filter(t.stride()::contains)
                .map(x -> x.name().charAt(0) + x.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** Facts as "who said what", with links; a part named without a fact by where it was named. */
    private static List<String> evidence(Session s, Threat t) {
        List<String> out = new ArrayList<>();
        for (Evidence e : Evidence.of(s.context(), t)) {
            switch (e.kind()) {
                case NAMED -> e.source().map(m -> Mentions.inert(s.context().nameOf(e.subject())) + " is named in "
                        + (m.kind() == dev.threatmodelbot.domain.context.Source.Kind.DOC
                                ? Texts.doc(m.reference()).replace("The design doc", "the design doc")
                                : "an answer by " + of(m.author().orElse("?"))))
                        .ifPresent(out::add);
                case FLOW -> out.add("data flow " + Mentions.inert(s.context().nameOf(e.subject())));
                case FACT -> out.add(Texts.said(e.fact().orElseThrow()));
                default -> { }
            }
        }
        return out;
    }
}
