package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.InboundEvent;
import dev.threatmodelbot.application.port.Inbox;
import dev.threatmodelbot.application.port.Metrics;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The acknowledgement path: everything a platform adapter may do before it answers the platform.
 * Only reads and one durable append; the work itself happens in {@link ProcessEvent}.
 */
public final class Intake {
    private final Inbox inbox;
    private final SessionStore store;
    private final RandomGenerator random;
    private final Metrics metrics;

    public Intake(Inbox inbox, SessionStore store, RandomGenerator random) {
        this(inbox, store, random, Metrics.NONE);
    }

    public Intake(Inbox inbox, SessionStore store, RandomGenerator random, Metrics metrics) {
        this.inbox = inbox;
        this.store = store;
        this.random = random;
        this.metrics = metrics;
    }

    /** Records the event durably; false when it was delivered before. */
    public boolean accept(InboundEvent event) {
        boolean recorded = inbox.append(event);
        String key = event.key();
        int colon = key.indexOf(':');
        String platform = colon > 0 ? key.substring(0, colon) : "";
        metrics.eventReceived(java.util.Set.of("slack", "teams", "web").contains(platform) ? platform : "other", recorded);
        return recorded;
    }

    public SessionId newSessionId() {
        for (int attempt = 0; ; attempt++) {
            SessionId id = SessionId.random(random, attempt < 20 ? 4 : 6);
            if (store.reserve(id)) {
                return id;
            }
        }
    }

    public Optional<SessionId> sessionOfThread(ConversationAddress thread) {
        return store.byThread(thread);
    }

    public Optional<Session> session(SessionId id) {
        return store.find(id);
    }

    public List<Session> sessionsIn(ConversationAddress channel) {
        return store.inChannel(channel);
    }
}
