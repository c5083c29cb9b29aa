package dev.threatmodelbot.application;

import dev.threatmodelbot.application.chat.Delivery;
import dev.threatmodelbot.application.export.ExportTexts;
import dev.threatmodelbot.application.review.DraftTexts;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.DiagramRenderer;
import dev.threatmodelbot.application.port.IssueTracker;
import dev.threatmodelbot.application.port.ModelExporter;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.application.port.TrackerException;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a session's queued messages in order. Each is marked as attempted before the platform
 * is called, so after a crash the gateway looks for the earlier post instead of posting twice.
 */
final class DeliverOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(DeliverOutbox.class);

    private final SessionStore store;
    private final ChatGateway chat;
    private final java.time.Clock clock;
    private final DiagramRenderer diagrams;
    /** Tries of one ticket (each up to two minutes, about half a minute apart) before giving up on Jira. */
    static final int MAX_TICKET_TRIES = 8;

    private final ModelExporter exporter;
    private final IssueTracker tracker;

    DeliverOutbox(SessionStore store, ChatGateway chat, java.time.Clock clock, DiagramRenderer diagrams,
            ModelExporter exporter, IssueTracker tracker) {
        this.store = store;
        this.chat = chat;
        this.clock = clock;
        this.diagrams = diagrams;
        this.exporter = exporter;
        this.tracker = tracker;
    }

    /**
     * Marks every chat message in the outbox as attempted, to be saved with the change that queued them: one
     * save fewer per message. The keys returned are first tries, which {@link #all(Session, Set)} sends
     * without looking for an earlier post.
     */
    static Marked markAttempted(Session session) {
        Set<String> fresh = new HashSet<>();
        Session marked = session.withOutbox(out -> {
            for (int i = 0; i < out.size(); i++) {
                Outbound m = out.get(i);
                if (m.kind() != Outbound.Kind.TICKET && !m.attempted()) {
                    fresh.add(m.key());
                    out.set(i, m.markAttempted());
                }
            }
            return out;
        });
        return new Marked(marked, Set.copyOf(fresh));
    }

    record Marked(Session session, Set<String> firstTries) {}

    Session all(Session session) {
        return all(session, Set.of());
    }

    /**
     * Delivers in order. A chat message's delivery is recorded with the next save (a ticket's at once):
     * the state is saved before anything that may be tried again and at the end, so a crash in between
     * leaves messages marked attempted, which are looked for before being posted again.
     */
    Session all(Session session, Set<String> firstTries) {
        Session s = session;
        boolean unsaved = false;
        try {
            Optional<String> refusedBefore = Optional.empty(); // a ticket's refusal in this run, to spot a pattern
            while (true) {
                Session now = s;
                Optional<Outbound> chatNext = s.outbox().stream().findFirst().filter(m -> !waitsForTickets(now, m));
                boolean ticket = chatNext.isEmpty() && !s.tickets().isEmpty();
                if (chatNext.isEmpty() && !ticket) {
                    break;
                }
                Outbound m = ticket ? s.tickets().get(0) : chatNext.get();
                if ((needsThread(m) && s.kickoffId().isEmpty())
                        || (needsDraft(m) && s.draft().flatMap(d -> d.rootId()).isEmpty())) {
                    s = drop(s, m);
                    unsaved = true;
                    continue;
                }
                Outbound toSend = firstTries.contains(m.key()) ? m.firstTry() : m;
                if (ticket) { // every try counted, so a Jira that never answers is given up on
                    s = s.withTickets(ts -> {
                        ts.set(0, m.tried());
                        return ts;
                    });
                    store.save(s, List.of());
                    unsaved = false;
                } else if (!m.attempted()) {
                    s = s.withOutbox(out -> {
                        out.set(0, m.markAttempted());
                        return out;
                    });
                    store.save(s, List.of());
                    unsaved = false;
                }
                Step step = step(s, m, toSend, refusedBefore);
                s = step.session();
                refusedBefore = step.refusedBefore();
                if (ticket || step.retried()) {
                    store.save(s, List.of());
                    unsaved = false;
                } else {
                    unsaved = true;
                }
            }
        } finally {
            if (unsaved) {
                store.save(s, List.of());
            }
        }
        return s;
    }

    /**
     * A report of filed tickets waits until the tickets of its run are filed (or given up on); the chat messages after it
     * wait with it, so the thread reads in order.
     */
    private static boolean waitsForTickets(Session s, Outbound m) {
        if (m.kind() != Outbound.Kind.TICKET_REPORT) {
            return false;
        }
        String run = m.key().substring("ticket-report:".length());
        return s.tickets().stream().anyMatch(t -> t.key().startsWith("ticket:" + run + ":"));
    }

    private record Step(Session session, Optional<String> refusedBefore, boolean retried) {}

    /** One message delivered, refused or (a ticket) put off; throws when the whole run must wait. */
    private Step step(Session s, Outbound m, Outbound toSend, Optional<String> refusedBefore) {
        try {
            return new Step(m.kind() == Outbound.Kind.TICKET ? filed(s, m) : delivered(s, m, send(s, toSend)),
                    refusedBefore, false);
        } catch (ChatException e) {
            if (e.retriable()) {
                throw e;
            }
            LOG.warn("session={} message={} refused by the platform: {}", s.id(), m.key(), e.reason());
            return new Step(refused(s, m, e), refusedBefore, false);
        } catch (TrackerException e) {
            int tries = m.tries() + 1;
            if (e.retriable() && tries < MAX_TICKET_TRIES) {
                LOG.warn("session={} ticket {} waits for the issue tracker (try {}): {}", s.id(), m.key(), tries,
                        e.reason());
                if (tries == 1) { // say so once, then try again; the ticket stays first in line
                    String why = e.reason();
                    return new Step(s.withOutbox(out -> {
                        out.add(0, Outbound.draftNote("ticket-waiting:" + m.key(), ExportTexts.ticketWaiting(why)));
                        return out;
                    }), refusedBefore, true);
                }
                throw e; // tried again later; the next try looks for the ticket before creating it
            }
            LOG.warn("session={} ticket {} not filed: {}", s.id(), m.key(), e.reason());
            boolean sameAgain = refusedBefore.filter(e.reason()::equals).isPresent();
            return new Step(e.onlyThisTicket() && !sameAgain ? ticketRefused(s, m, e) : trackerRefused(s, m, e, tries),
                    Optional.of(e.reason()), false);
        }
    }

    /**
     * Files one approved threat that has no ticket yet, records the ticket on the threat and shows it
     * under the threat's reply. A threat no longer approved, gone from the draft or already filed is
     * skipped.
     */
    private Session filed(Session s, Outbound m) {
        Session after = drop(s, m);
        Optional<Draft> draft = s.draft();
        Optional<DraftedThreat> threat = draft.flatMap(d -> d.byThreat(m.threatId().orElseThrow()));
        if (threat.isEmpty() || threat.get().ticket().isPresent()
                || threat.get().status() != Decision.Kind.APPROVED) {
            return after;
        }
        DraftedThreat t = threat.get();
        String at = t.messageId().or(() -> draft.get().rootId()).orElseThrow();
        String link = chat.permalink(s.channel(), at, Delivery.threadOf(s, at));
        Ticket ticket = tracker.file(s, t, link);
        LOG.info("session={} threat #{} filed as {}", s.id(), t.number(), ticket.key());
        Draft recorded = draft.get().changing(t.number(), x -> x.filed(ticket));
        Session out = after.withDraft(recorded);
        DraftedThreat shown = recorded.byNumber(t.number()).orElseThrow();
        if (shown.messageId().isEmpty()) {
            return out;
        }
        Session withTicket = out;
        return out.withOutbox(box -> {
            box.add(0, Outbound.draftThreatUpdate(shown.threat().id(), ticket.key(),
                    DraftTexts.threat(withTicket, shown)));
            return box;
        });
    }

    /** Jira refused this one ticket (a field it rejects): the thread is told, and the others go on. */
    private static Session ticketRefused(Session s, Outbound m, TrackerException e) {
        Optional<DraftedThreat> threat = s.draft().flatMap(d -> d.byThreat(m.threatId().orElseThrow()));
        String text = ExportTexts.ticketRefused(s, threat, e.reason(), List.of(), true);
        return drop(s, m).withOutbox(box -> {
            box.add(0, Outbound.draftNote("ticket-refused:" + m.key(), text));
            return box;
        });
    }

    /**
     * The tracker refused a ticket for a reason that will not pass by itself (credentials, permission,
     * the same refusal twice) or stayed unreachable try after try: the rest of the run is not tried,
     * and the thread is told why and what was filed.
     */
    private static Session trackerRefused(Session s, Outbound m, TrackerException e, int tries) {
        Optional<DraftedThreat> threat = s.draft().flatMap(d -> d.byThreat(m.threatId().orElseThrow()));
        List<String> waiting = s.tickets().stream().filter(o -> !o.key().equals(m.key()))
                .map(o -> o.threatId().orElseThrow()).toList();
        Session after = s.withTickets(ts -> List.of()).withOutbox(box -> {
            box.removeIf(o -> o.kind() == Outbound.Kind.TICKET_REPORT);
            return box;
        });
        String text = e.retriable() ? ExportTexts.ticketGaveUp(s, e.reason(), tries, threat, waiting)
                : ExportTexts.ticketRefused(s, threat, e.reason(), waiting, false);
        return after.withOutbox(box -> {
            box.add(0, Outbound.draftNote("ticket-refused:" + m.key(), text));
            return box;
        });
    }

    private String send(Session s, Outbound m) {
        if (m.kind() == Outbound.Kind.TICKET_REPORT) {
            List<String> ids = m.text().isEmpty() ? List.of() : List.of(m.text().split("\n"));
            return chat.deliver(Delivery.of(s, new Outbound(m.key(), Outbound.Kind.DRAFT_NOTE, ExportTexts.ticketReport(s, tracker.project(s), ids),
                    Optional.empty(), Optional.empty(), m.attempted(), List.of())));
        }
        if (m.kind() == Outbound.Kind.EXPORT_FILE) {
            ModelExporter.Format f = ModelExporter.Format.valueOf(m.format().orElseThrow());
            byte[] file = exporter.export(s, f).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String name = "threat-model-" + s.id() + "-v" + s.draft().map(d -> d.version()).orElse(0) + "."
                    + f.extension();
            return chat.attach(Delivery.of(s, m), name, file);
        }
        if (m.kind() != Outbound.Kind.DIAGRAM && m.kind() != Outbound.Kind.DRAFT_DIAGRAM) {
            return chat.deliver(Delivery.of(s, m));
        }
        byte[] png = diagrams.png("Data flows — " + s.system(), s.context());
        return chat.attach(Delivery.of(s, m), "data-flow-" + s.id() + ".png", png);
    }

    private static boolean needsThread(Outbound m) {
        return m.kind() == Outbound.Kind.THREAD || m.kind() == Outbound.Kind.KICKOFF_UPDATE
                || m.kind() == Outbound.Kind.DIAGRAM;
    }

    /** Messages that live in the draft's thread, which exists once its root is posted. */
    private static boolean needsDraft(Outbound m) {
        return m.kind() == Outbound.Kind.DRAFT_REPLY || m.kind() == Outbound.Kind.DRAFT_ROOT_UPDATE
                || m.kind() == Outbound.Kind.DRAFT_DIAGRAM || m.kind() == Outbound.Kind.EPHEMERAL
                || m.kind() == Outbound.Kind.EXPORT_FILE || m.kind() == Outbound.Kind.DRAFT_NOTE
                || m.kind() == Outbound.Kind.DRAFT_REPLY_UPDATE || m.kind() == Outbound.Kind.TICKET
                || m.kind() == Outbound.Kind.TICKET_REPORT;
    }

    private static Session delivered(Session s, Outbound m, String messageId) {
        Session after = drop(s, m);
        if (m.kind() == Outbound.Kind.KICKOFF) {
            return after.withKickoff(messageId);
        }
        if (m.kind() == Outbound.Kind.DRAFT_ROOT) {
            return after.draft().map(d -> after.withDraft(d.withRoot(messageId))).orElse(after);
        }
        if (m.kind() == Outbound.Kind.DRAFT_REPLY) {
            int number = m.threatNumber().orElseThrow();
            return after.draft().map(d -> after.withDraft(d.changing(number, t -> t.posted(messageId))))
                    .orElse(after);
        }
        return m.question()
                .flatMap(after::question)
                .map(q -> after.replaceQuestion(q.posted(messageId)))
                .orElse(after);
    }

    /**
     * A refused message is dropped. Without a kickoff, or once the channel cannot be reached, there is
     * no thread to talk in: the session cannot go on, and the requester is told directly.
     */
    private Session refused(Session s, Outbound m, ChatException e) {
        Session after = drop(s, m);
        boolean stranded = m.kind() == Outbound.Kind.KICKOFF
                || (e.channelGone() && m.kind() != Outbound.Kind.DIRECT && !s.state().isClosed());
        if (!stranded) {
            return after;
        }
        String reason = e.reason();
        Instant now = clock.instant();
        return after.withOutbox(out -> {
                    out.clear();
                    return out;
                })
                .withdrawOpenQuestions()
                .withState(SessionState.CANCELLED, now)
                .say(Outbound.direct("stranded", s.requester(), Texts.stranded(s, reason)));
    }

    /** The message or ticket taken off its queue: delivered, refused or not deliverable. */
    private static Session drop(Session s, Outbound m) {
        if (m.kind() == Outbound.Kind.TICKET) {
            return s.withTickets(ts -> {
                ts.removeIf(t -> t.key().equals(m.key()));
                return ts;
            });
        }
        return s.withOutbox(out -> {
            out.remove(0);
            return out;
        });
    }
}
