package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.InboundEvent;
import dev.threatmodelbot.application.port.Inbox;
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

    public Intake(Inbox inbox, SessionStore store, RandomGenerator random) {
        this.inbox = inbox;
        this.store = store;
        this.random = random;
    }

    /** Records the event durably; false when it was delivered before. */
    public boolean accept(InboundEvent event) {
        return inbox.append(event);
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
