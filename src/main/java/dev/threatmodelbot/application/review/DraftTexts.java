package dev.threatmodelbot.application.review;

import static dev.threatmodelbot.domain.Mentions.of;

import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the bot says about a draft: its root and threats (as their views read), tickets, amendments, export. */
public final class DraftTexts {

    private DraftTexts() {}

    static String root(Session s, Draft d) {
        return DraftRootView.of(s, d).text();
    }

    /** "MEDIUM · Orders API: Floods of requests …" for each threat drafted beyond what is posted. */
    static List<String> held(dev.threatmodelbot.domain.context.ContextModel m, List<Threat> held) {
        return held.stream().map(t -> t.severity().name() + " · " + t.subjects().stream().map(m::nameOf)
                .collect(Collectors.joining(", ")) + ": " + dev.threatmodelbot.domain.OneLine.clip(t.title(), 120))
                .toList();
    }

    public static String threat(Session s, DraftedThreat dt) {
        return ThreatView.of(s, dt).text();
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
        return "#" + t.number() + " was filed as " + dev.threatmodelbot.application.export.ExportTexts.ticket(t.ticket().orElseThrow()) + " before this change; the "
                + "ticket keeps what it was filed with, so update it in Jira too.";
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

    static String notLead(Session s) {
        return "Only the security lead, " + of(s.lead()) + ", approves or rejects threats in this draft, so your "
                + "reaction doesn't change it. Reply in the thread if you want to weigh in.";
    }
}
