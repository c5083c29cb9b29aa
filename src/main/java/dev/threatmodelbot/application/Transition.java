package dev.threatmodelbot.application;

import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.domain.Session;
import java.util.ArrayList;
import java.util.List;

/** A session after an event, with the jobs the event scheduled. */
public record Transition(Session session, List<Job> jobs) {

    public Transition {
        jobs = List.copyOf(jobs);
    }

    public static Transition of(Session session) {
        return new Transition(session, List.of());
    }

    public Transition then(java.util.function.Function<Session, Transition> next) {
        Transition after = next.apply(session);
        List<Job> all = new ArrayList<>(jobs);
        all.addAll(after.jobs());
        return new Transition(after.session(), all);
    }
}
