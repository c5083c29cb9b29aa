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
    private final dev.threatmodelbot.application.port.ModelImporter importer;

    public StartSession(QuestionBank bank, PlanQuestions planner, LearnFacts learn, Contradictions contradictions) {
        this(bank, planner, learn, contradictions, dev.threatmodelbot.application.port.ModelImporter.NONE);
    }

    public StartSession(QuestionBank bank, PlanQuestions planner, LearnFacts learn, Contradictions contradictions,
            dev.threatmodelbot.application.port.ModelImporter importer) {
        this.bank = bank;
        this.planner = planner;
        this.learn = learn;
        this.contradictions = contradictions;
        this.importer = importer;
    }

    public Transition start(StartRequested r) {
        return start(r, List.of());
    }

    /** {@code files}: those attached to the start form, already fetched (design docs or existing threat models). */
    public Transition start(StartRequested r, List<SharedFiles.Outcome> files) {
        Session s = new Session(r.sessionId(), Mentions.inert(r.system()), r.channel(), r.requester(), r.lead(), r.engineers(),
                r.designDoc(), r.jiraProject(), r.deadline(), SessionState.INTERVIEWING, r.at(), Optional.empty(),
                Optional.empty(), plan(r.engineers()), List.of(), List.of(), List.of(), List.of(), ContextModel.EMPTY, List.of(), ModelUsage.NONE, Optional.empty());
        s = s.say(Outbound.kickoff()).say(Outbound.thread("welcome", Texts.welcome(s)));
        s = read(s, r);
        for (SharedFiles.Outcome o : files) {
            s = SharedOutcomes.taken(learn, s, r.requester(), "start-form", o);
        }
        s = contradictions.raise(s); // after the kickoff: reading may have something to say
        List<Job> deadline = r.deadline().map(d -> new Job(Job.Kind.DEADLINE, r.sessionId(), "deadline", 0,
                d.atTime(23, 59).toInstant(java.time.ZoneOffset.UTC))).stream().toList();
        return new Transition(s, deadline).then(started -> planner.fill(started, r.at()));
    }

    /**
     * The design doc of the start form; an existing threat model pasted there instead (OTM, threat-composer
     * or Threagile) is started from, and one that is broken changes nothing but gets a notice saying why.
     */
    private Session read(Session s, StartRequested r) {
        byte[] text = r.designDoc().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            Optional<dev.threatmodelbot.domain.context.ImportedModel> model = importer.read("start form", text);
            if (model.isEmpty()) {
                return learn.fromDoc(s);
            }
            dev.threatmodelbot.domain.SharedDoc doc = new dev.threatmodelbot.domain.SharedDoc("start-form",
                    "pasted " + model.get().format() + " model", List.of(dev.threatmodelbot.domain.context.Source
                            .MODEL_SECTION), "start-form", r.requester(), r.at(), model.get().format(),
                    model.get().threats());
            return ImportSeed.seed(s, doc, model.get()).say(Outbound.thread("model-read:start-form",
                    ImportSeed.pasted(doc, model.get())));
        } catch (dev.threatmodelbot.application.port.ModelImporter.UnreadableModel e) {
            return s.say(Outbound.thread("model-refused:start-form", Texts.docRefused(r.requester(),
                    "the model in the start form", e.getMessage())));
        }
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
