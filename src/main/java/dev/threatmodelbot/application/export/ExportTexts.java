package dev.threatmodelbot.application.export;

import static dev.threatmodelbot.domain.Mentions.of;

import dev.threatmodelbot.application.port.ModelExporter;
import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the bot says when the model leaves the thread: files attached, tickets filed, Jira refusing or away. */
public final class ExportTexts {

    private ExportTexts() {}

    /** A ticket as a link to it. */
    public static String ticket(Ticket t) {
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

    public static String noTracker(boolean ticketsOnly) {
        return ticketsOnly ? "Jira isn't set up for this bot (`JIRA_URL` and friends), so there is nothing to file "
                + "tickets in. `/threatmodel export <id>` attaches the model as files."
                : "Jira isn't set up for this bot, so export attaches the model as files only.";
    }

    public static String noProject(Session s) {
        return "This session has no Jira project, so no tickets were filed: start a session with a Jira project key "
                + "(or set `JIRA_PROJECT` as the default) to file approved threats.";
    }

    public static String nothingApproved(Session s) {
        return "No approved threats to file yet. " + of(s.lead()) + ", react {mark:approve} on the threats "
                + "you accept, then {mark:export} on the draft again.";
    }

    public static String allFiled(Session s, Draft d) {
        List<String> ids = d.threats().stream().filter(t -> t.ticket().isPresent()).map(t -> t.threat().id())
                .toList();
        return "🎫 Every approved threat already has its ticket: " + filedList(d, ids) + ".";
    }

    public static String exportCaption(Session s, Draft d, ModelExporter.Format f) {
        long approved = d.tally().getOrDefault(Decision.Kind.APPROVED, 0L);
        return "Threat model v" + d.version() + " of *" + Mentions.inert(s.system()) + "* as "
                + f.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + approved + " approved of "
                + d.threats().size() + " threats)";
    }
}
