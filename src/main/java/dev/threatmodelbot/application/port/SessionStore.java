package dev.threatmodelbot.application.port;

import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.util.List;
import java.util.Optional;

/** Where sessions live between events, on any replica. */
public interface SessionStore {

    /** Claims a fresh id; false when it is taken. */
    boolean reserve(SessionId id);

    Optional<Session> find(SessionId id);

    /** Saves the session and schedules the jobs in one atomic step. */
    void save(Session session, List<Job> jobs);

    /** The session whose thread this is. */
    Optional<SessionId> byThread(ConversationAddress thread);

    List<Session> inChannel(ConversationAddress channel);
}
