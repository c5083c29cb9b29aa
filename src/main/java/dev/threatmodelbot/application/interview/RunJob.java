package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reminders, escalation to the lead, and the next day's questions. */
public final class RunJob {
    private final Pacing pacing;
    private final PlanQuestions planner;

    public RunJob(Pacing pacing, PlanQuestions planner) {
        this.pacing = pacing;
        this.planner = planner;
    }

    public Transition run(Session s, Job job, Instant now) {
        if (s.state() != SessionState.INTERVIEWING) {
            return Transition.of(s);
        }
        return switch (job.kind()) {
            case NEXT_QUESTION -> planner.fill(s, now);
            case REMIND -> remind(s, job, now);
            case DEADLINE -> Transition.of(Summary.gathered(s.withdrawOpenQuestions(), Texts.deadlinePassed(s), now).say(Outbound.kickoffUpdate()));
        };
    }

    private Transition remind(Session s, Job job, Instant now) {
        Optional<Question> found = s.question(job.target());
        // A job from an earlier round, or for a question already closed, is stale: nothing to say.
        if (found.isEmpty() || !found.get().isOpen() || found.get().reminders() != job.round() - 1) {
            return Transition.of(s);
        }
        Question q = found.get();
        if (q.reminders() < pacing.maxReminders()) {
            Question reminded = q.reminded();
            Job next = new Job(Job.Kind.REMIND, s.id(), q.id(), job.round() + 1, pacing.reminderDue(now));
            return new Transition(s.replaceQuestion(reminded)
                    .say(Outbound.thread("remind:" + q.id() + ":" + reminded.reminders(), Texts.reminder(q))),
                    List.of(next));
        }
        if (q.escalated()) {
            return Transition.of(s);
        }
        return Transition.of(s.replaceQuestion(q.escalatedToLead())
                .say(Outbound.thread("escalate:" + q.id(), Texts.escalation(s, q))));
    }
}
