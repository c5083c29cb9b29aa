package dev.threatmodelbot.application.export;

import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.port.ModelExporter;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.List;
import java.util.Optional;

/**
 * The lead's export of a draft: approved threats queued as tickets (each filed once, in a queue of its own), then
 * the model attached as files; what is said when there is nothing to file, nowhere to file it, or all is filed.
 */
public final class ExportDraft {
    private final IssueTracker tracker;

    public ExportDraft(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * Export by the lead, once a draft exists. Without a format: every approved threat that has no
     * ticket yet is filed in Jira (when Jira is set up and the session has a project), then the model
     * is attached as files in every format. {@code jira}: the tickets only; a file format: that file.
     */
    public Transition export(Session s, ExportRequested e) {
        Optional<Draft> draft = s.draft();
        if (draft.isEmpty() || !s.lead().equals(e.user())) {
            return Transition.of(s);
        }
        boolean ticketsOnly = e.format().filter(f -> f.equalsIgnoreCase(JIRA)).isPresent();
        List<ModelExporter.Format> formats = ticketsOnly ? List.of() : e.format().flatMap(ModelExporter.Format::named)
                .map(List::of).orElse(ModelExporter.Format.everyTool());
        Session out = e.format().isEmpty() || ticketsOnly ? tickets(s, draft.get(), e, ticketsOnly) : s;
        for (ModelExporter.Format f : formats) {
            out = out.say(Outbound.exportFile(draft.get().version(), f.name(),
                    ExportTexts.exportCaption(s, draft.get(), f), e.key()));
        }
        return Transition.of(out);
    }

    /** What {@code /threatmodel export <id> jira} asks for. */
    static final String JIRA = "jira";

    private Session tickets(Session s, Draft d, ExportRequested e, boolean ticketsOnly) {
        String key = "export:" + e.key();
        if (!tracker.enabled()) {
            return s.say(Outbound.draftNote(key + ":no-tracker", ExportTexts.noTracker(ticketsOnly)));
        }
        if (tracker.project(s).isEmpty()) {
            return s.say(Outbound.draftNote(key + ":no-project", ExportTexts.noProject(s)));
        }
        List<DraftedThreat> approved = d.threats().stream().filter(t -> t.status() == Decision.Kind.APPROVED).toList();
        List<String> toFile = approved.stream().filter(t -> t.ticket().isEmpty()).map(t -> t.threat().id()).toList();
        if (approved.isEmpty()) {
            return s.say(Outbound.draftNote(key + ":none-approved", ExportTexts.nothingApproved(s)));
        }
        if (toFile.isEmpty()) {
            return s.say(Outbound.draftNote(key + ":all-filed", ExportTexts.allFiled(s, d)));
        }
        Session out = s;
        for (String id : toFile) {
            out = out.file(Outbound.ticket(e.key(), id));
        }
        return out.say(Outbound.ticketReport(e.key(), toFile));
    }
}
