package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.application.port.QuestionBank;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.BankQuestion;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.ModelUsage;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opens a session: the kickoff message, a welcome in its thread, and each engineer's first question. */
public final class StartSession {
    private final QuestionBank bank;
    private final PlanQuestions planner;
    private final LearnFacts learn;
    private final Contradictions contradictions;

    public StartSession(QuestionBank bank, PlanQuestions planner, LearnFacts learn, Contradictions contradictions) {
        this.bank = bank;
        this.planner = planner;
        this.learn = learn;
        this.contradictions = contradictions;
    }

    public Transition start(StartRequested r) {
        Session s = new Session(r.sessionId(), Mentions.inert(r.system()), r.channel(), r.requester(), r.lead(), r.engineers(),
                r.designDoc(), r.jiraProject(), r.deadline(), SessionState.INTERVIEWING, r.at(), Optional.empty(),
                Optional.empty(), plan(r.engineers()), List.of(), List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), ModelUsage.NONE, Optional.empty());
        s = s.say(Outbound.kickoff()).say(Outbound.thread("welcome", Texts.welcome(s)));
        s = contradictions.raise(learn.fromDoc(s)); // after the kickoff: reading may have something to say
        List<Job> deadline = r.deadline().map(d -> new Job(Job.Kind.DEADLINE, r.sessionId(), "deadline", 0,
                d.atTime(23, 59).toInstant(java.time.ZoneOffset.UTC))).stream().toList();
        return new Transition(s, deadline).then(started -> planner.fill(started, r.at()));
    }

    /** Per-engineer questions for each engineer, then the shared ones dealt out in turn. */
    private List<Question> plan(List<String> engineers) {
        List<Question> planned = new ArrayList<>();
        for (String engineer : engineers) {
            for (BankQuestion b : bank.questions()) {
                if (b.everyEngineer()) {
                    planned.add(Question.queued("Q" + (planned.size() + 1), b, engineer));
                }
            }
        }
        int turn = 0;
        for (BankQuestion b : bank.questions()) {
            if (!b.everyEngineer()) {
                String engineer = engineers.get(turn++ % engineers.size());
                planned.add(Question.queued("Q" + (planned.size() + 1), b, engineer));
            }
        }
        return planned;
    }
}
