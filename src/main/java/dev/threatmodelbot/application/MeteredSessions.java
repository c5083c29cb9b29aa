package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.port.Metrics;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session store, telling the metrics what each save brought about against the version this replica last read
 * or saved of that session (a replica reads a session before it applies an event to it, so the two are one event
 * apart): questions asked and answered, disagreements raised, threats drafted and decided, tickets filed. Keeps a
 * few numbers per session, not the sessions.
 */
public final class MeteredSessions implements SessionStore {
    private static final int MAX_REMEMBERED = 50_000;

    /** The numbers of one version of a session that the metrics count the growth of. */
    record Tally(int asked, int answered, int contradictions, int draft, int drafted, Map<Decision.Kind, Integer> decided,
            int tickets) {

        static Tally of(Session s) {
            int asked = 0;
            int answered = 0;
            int contradictions = 0;
            for (Question q : s.questions()) {
                if (q.askedAt().isPresent()) {
                    asked++;
                    contradictions += q.kind() == QuestionKind.CONTRADICTION ? 1 : 0;
                }
                answered += q.status() == QuestionStatus.ANSWERED ? 1 : 0;
            }
            Map<Decision.Kind, Integer> decided = new EnumMap<>(Decision.Kind.class);
            int tickets = 0;
            int draft = 0;
            int drafted = 0;
            if (s.draft().isPresent()) {
                draft = s.draft().get().version();
                drafted = s.draft().get().threats().size();
                for (DraftedThreat t : s.draft().get().threats()) {
                    t.decisions().forEach(d -> decided.merge(d.kind(), 1, Integer::sum));
                    tickets += t.ticket().isPresent() ? 1 : 0;
                }
            }
            return new Tally(asked, answered, contradictions, draft, drafted, decided, tickets);
        }
    }

    private final SessionStore store;
    private final Metrics metrics;
    private final Map<SessionId, Tally> last = new ConcurrentHashMap<>();

    public MeteredSessions(SessionStore store, Metrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    @Override
    public boolean reserve(SessionId id) {
        return store.reserve(id);
    }

    @Override
    public Optional<Session> find(SessionId id) {
        Optional<Session> found = store.find(id);
        found.ifPresent(s -> remember(s.id(), Tally.of(s)));
        return found;
    }

    @Override
    public void save(Session session, List<Job> jobs) {
        store.save(session, jobs);
        Tally now = Tally.of(session);
        Tally before = last.getOrDefault(session.id(), new Tally(0, 0, 0, 0, 0, Map.of(), 0));
        count(Metrics.Count.QUESTIONS_ASKED, "", now.asked() - before.asked());
        count(Metrics.Count.QUESTIONS_ANSWERED, "", now.answered() - before.answered());
        count(Metrics.Count.CONTRADICTIONS_RAISED, "", now.contradictions() - before.contradictions());
        if (now.draft() > before.draft()) {
            count(Metrics.Count.THREATS_DRAFTED, "", now.drafted());
        }
        now.decided().forEach((kind, n) -> count(Metrics.Count.THREATS_DECIDED, kind.name().toLowerCase(Locale.ROOT),
                now.draft() == before.draft() ? n - before.decided().getOrDefault(kind, 0) : 0)); // v2 keeps v1's
        count(Metrics.Count.TICKETS_FILED, "", now.draft() == before.draft() ? now.tickets() - before.tickets() : 0);
        remember(session.id(), now);
    }

    private void count(Metrics.Count what, String kind, long n) {
        if (n > 0) {
            metrics.counted(what, kind, n);
        }
    }

    @Override
    public Optional<SessionId> byThread(ConversationAddress thread) {
        return store.byThread(thread);
    }

    @Override
    public List<Session> inChannel(ConversationAddress channel) {
        return store.inChannel(channel);
    }

    private void remember(SessionId id, Tally t) {
        if (last.size() > MAX_REMEMBERED) {
            last.clear(); // many sessions at once: start again rather than grow
        }
        last.put(id, t);
    }
}
