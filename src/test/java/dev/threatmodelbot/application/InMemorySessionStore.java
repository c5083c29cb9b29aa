package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sessions in a map; scheduled jobs kept in a list for tests to inspect. */
public final class InMemorySessionStore implements SessionStore {
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Set<SessionId> reserved = new HashSet<>();
    public final List<Job> jobs = new ArrayList<>();

    @Override
    public synchronized boolean reserve(SessionId id) {
        return reserved.add(id);
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized void save(Session session, List<Job> newJobs) {
        sessions.put(session.id(), session);
        jobs.addAll(newJobs);
    }

    @Override
    public synchronized Optional<SessionId> byThread(ConversationAddress thread) {
        return sessions.values().stream().filter(s -> s.thread().equals(Optional.of(thread))).map(Session::id)
                .findFirst();
    }

    @Override
    public synchronized List<Session> inChannel(ConversationAddress channel) {
        return sessions.values().stream().filter(s -> s.channel().channelKey().equals(channel.channelKey())).toList();
    }
}
