package dev.threatmodelbot.application;

import dev.threatmodelbot.application.interview.CancelSession;
import dev.threatmodelbot.application.interview.Contradictions;
import dev.threatmodelbot.application.interview.LearnFacts;
import dev.threatmodelbot.application.interview.PlanQuestions;
import dev.threatmodelbot.application.interview.RecordReply;
import dev.threatmodelbot.application.interview.RunJob;
import dev.threatmodelbot.application.interview.SharedFiles;
import dev.threatmodelbot.application.interview.StartSession;
import dev.threatmodelbot.application.review.ReviewDraft;
import dev.threatmodelbot.application.event.CancelRequested;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.event.InboundEvent;
import dev.threatmodelbot.application.event.JobDue;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.DiagramRenderer;
import dev.threatmodelbot.application.port.Engine;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.port.QuestionBank;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.Session;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one inbound event to its session, saves the result, then delivers what the session has
 * to say. Safe to run again for the same event: an applied event is only re-delivered.
 * Callers serialise events of one session.
 */
public final class ProcessEvent {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessEvent.class);

    private final SessionStore store;
    private final DeliverOutbox deliver;
    private final Clock clock;
    private final StartSession start;
    private final RecordReply replies;
    private final CancelSession cancel = new CancelSession();
    private final RunJob jobs;
    private final SharedFiles files;
    private final ReviewDraft review;
    private final dev.threatmodelbot.application.export.ExportDraft exports;

    public ProcessEvent(SessionStore store, ChatGateway chat, QuestionBank bank, Engine engine,
            DiagramRenderer diagrams, Pacing pacing, Clock clock) {
        this(store, chat, bank, engine, diagrams, pacing, clock, IssueTracker.NONE);
    }

    public ProcessEvent(SessionStore store, ChatGateway chat, QuestionBank bank, Engine engine,
            DiagramRenderer diagrams, Pacing pacing, Clock clock, IssueTracker tracker) {
        this.store = store;
        this.clock = clock;
        this.deliver = new DeliverOutbox(store, chat, clock, diagrams, engine.exporter(), tracker);
        PlanQuestions planner = new PlanQuestions(pacing, engine.meaning(), bank);
        LearnFacts learn = new LearnFacts(engine.extractor(), engine.model(), engine.meaning());
        Contradictions contradictions = new Contradictions();
        this.start = new StartSession(bank, planner, learn, contradictions, engine.importer());
        this.replies = new RecordReply(planner, learn, contradictions);
        this.jobs = new RunJob(pacing, planner);
        this.files = new SharedFiles(chat, engine.documents(), engine.importer(), clock);
        this.exports = new dev.threatmodelbot.application.export.ExportDraft(tracker);
        this.review = new ReviewDraft(engine.drafter(), engine.model(), exports, engine.meaning());
    }

    public void process(InboundEvent event) {
        Optional<Session> current = store.find(event.sessionId());
        if (current.isPresent() && current.get().handledEvents().contains(event.key())) {
            deliver.all(current.get());
            return;
        }
        Optional<Transition> next = apply(current, event);
        if (next.isEmpty()) {
            LOG.info("session={} ignoring {}: no such session", event.sessionId(), event.key());
            return;
        }
        DeliverOutbox.Marked saved = DeliverOutbox.markAttempted(next.get().session().handled(event.key()));
        store.save(saved.session(), next.get().jobs());
        deliver.all(saved.session(), saved.firstTries());
    }

    private Optional<Transition> apply(Optional<Session> current, InboundEvent event) {
        if (event instanceof StartRequested r) {
            return Optional.of(current.map(Transition::of).orElseGet(() -> start.start(r,
                    r.files().isEmpty() ? java.util.List.of() : files.fetch(r))));
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Session s = current.get();
        if (event instanceof ReplyPosted r && review.amend(s, r).isPresent()) {
            return review.amend(s, r);
        }
        if (event instanceof ReplyPosted r) {
            return Optional.of(replies.reply(s, r, clock.instant(), r.files().isEmpty() || s.state().isClosed()
                    ? java.util.List.of() : files.fetch(s, r)));
        }
        if (event instanceof ReplyEdited e) {
            return Optional.of(replies.edit(s, e));
        }
        if (event instanceof CancelRequested c) {
            return Optional.of(cancel.cancel(s, c));
        }
        if (event instanceof ChoicePicked c) {
            return Optional.of(replies.choice(s, c, clock.instant()));
        }
        if (event instanceof DraftRequested d) {
            return Optional.of(review.draft(s, d).orElseGet(() -> cancel.draft(s, d)));
        }
        if (event instanceof ExportRequested e) {
            return Optional.of(exports.export(s, e));
        }
        if (event instanceof ReactionChanged r) {
            return Optional.of(review.react(s, r));
        }
        return Optional.of(jobs.run(s, ((JobDue) event).job(), clock.instant()));
    }
}
