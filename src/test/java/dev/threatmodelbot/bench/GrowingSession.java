package dev.threatmodelbot.bench;

import dev.threatmodelbot.application.InMemorySessionStore;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.SessionStore;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A session grown by the real core (offline engine, in-memory store, fake chat): an eval case's design doc
 * half pasted into the start form, engineers answering the questions put to them with sentences of the other
 * half, outsiders commenting with such sentences. Whenever nobody has an open question, one of the questions
 * asked before is asked again (a copy with a new id) and the session is set back to interviewing, so the
 * interview can go on to hundreds of answers; everything else (answers, facts, next questions, contradictions)
 * is the core's own doing.
 */
final class GrowingSession {
    static final SessionId ID = new SessionId("TM-GRWTH");
    static final List<String> ENGINEERS = List.of("U0ENG00001", "U0ENG00002", "U0ENG00003", "U0ENG00004");
    private static final List<String> VAGUE = List.of("We handle that the usual way; I'll check the details with the team.",
            "That is the same as for the rest of the platform, as far as I know.",
            "It was set up by the previous team and has not changed since.");
    private static final List<String> OUTSIDERS = List.of("U0OUTSIDE1", "U0OUTSIDE2", "U0OUTSIDE3");

    private final HeldBackKnowledge knowledge;
    private final SteppingClock clock;
    private final String doc;
    private long replies;
    private int reasked;
    private String lastAnswered = "";

    GrowingSession(String design, SteppingClock clock) {
        List<DocSection> sections = DocSections.split(design);
        int given = sections.size() / 2;
        this.doc = String.join("", sections.subList(0, given).stream().map(DocSection::text).toList());
        this.knowledge = HeldBackKnowledge.of(sections.subList(given, sections.size()));
        this.clock = clock;
    }

    /** Starts the session in {@code store} through {@code process}. */
    void start(ProcessEvent process) {
        process.process(new StartRequested("bench-start", ID,
                ConversationAddress.channel(Platform.SLACK, "TBENCH", "CBENCH"), "U0SECLEAD1", "Growth", ENGINEERS,
                "U0SECLEAD1", doc, Optional.empty(), Optional.empty(), clock.instant()));
    }

    /** Replies until the session holds {@code answers} answers and {@code comments} comments, four comments per answer. */
    void grow(InMemorySessionStore store, ProcessEvent process, int answers, int comments) {
        while (true) {
            Session s = store.find(ID).orElseThrow();
            boolean moreAnswers = s.answers().size() < answers;
            boolean moreComments = s.comments().size() < comments
                    && (!moreAnswers || s.comments().size() < 4L * s.answers().size());
            if (moreComments) {
                comment(process);
            } else if (moreAnswers) {
                process.process(answer(openQuestion(store)));
            } else {
                return;
            }
        }
    }

    /**
     * The reply of {@code q}'s engineer answering it, two minutes on. A question still open after its first
     * reply (which told something else: volunteered information) gets a reply that states nothing the rules
     * classify, which answers it, so the interview moves on as it does when people answer.
     */
    ReplyPosted answer(Question q) {
        clock.advance(Duration.ofMinutes(2));
        boolean again = q.id().equals(lastAnswered);
        lastAnswered = q.id();
        return reply(q.askedTo(), again ? VAGUE.get((int) (replies % VAGUE.size())) : answerTo(q));
    }

    private void comment(ProcessEvent process) {
        clock.advance(Duration.ofMinutes(1));
        List<HeldBackKnowledge.Sentence> all = knowledge.sentences();
        process.process(reply(OUTSIDERS.get((int) (replies % OUTSIDERS.size())),
                all.get((int) (replies % all.size())).text()));
    }

    ReplyPosted reply(String user, String text) {
        replies++;
        return new ReplyPosted("bench-reply-" + replies, ID, user, text,
                String.format(Locale.ROOT, "1800000000.%06d", replies), clock.instant());
    }

    /** The reply of {@code q}'s engineer answering it, two minutes on, as to a question put for the first time. */
    ReplyPosted firstAnswer(Question q) {
        clock.advance(Duration.ofMinutes(2));
        return reply(q.askedTo(), answerTo(q));
    }

    /**
     * The first open question; while fewer than two engineers have one, earlier questions are asked again
     * (saved to {@code store}), so that answering one leaves the interview going.
     */
    Question openQuestion(SessionStore store) {
        Session s = store.find(ID).orElseThrow();
        Session more = s;
        for (String engineer : ENGINEERS) {
            if (openCount(more) >= 2) {
                break;
            }
            if (!hasOpen(more, engineer)) {
                more = askedAgain(more, engineer);
            }
        }
        if (more != s) {
            store.save(more.state() == SessionState.INTERVIEWING ? more
                    : more.withState(SessionState.INTERVIEWING, clock.instant()), List.of());
        }
        Session now = more;
        return ENGINEERS.stream().map(now::openQuestionFor).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    private static long openCount(Session s) {
        return ENGINEERS.stream().filter(e -> hasOpen(s, e)).count();
    }

    private static boolean hasOpen(Session s, String engineer) {
        return s.openQuestionFor(engineer).isPresent();
    }

    private Session askedAgain(Session s, String engineer) {
        List<Question> asked = s.questions().stream()
                .filter(q -> q.askedAt().isPresent() && !q.bankId().startsWith("conflict:")).toList();
        Question model = asked.get(reasked % asked.size());
        reasked++;
        Question again = new Question("R" + reasked, model.bankId(), model.topic(), model.text(), engineer,
                QuestionStatus.OPEN, Optional.of(clock.instant()), Optional.of("1700000000." + (500_000 + reasked)),
                0, false, Optional.empty());
        return s.withQuestions(qs -> {
            qs.add(again);
            return qs;
        });
    }

    /**
     * Sentences of the held-back half about what {@code q} asks (its words, and its subject's name counting
     * double, as {@link ScriptedEngineer} scores them), a different pick of the best few each time.
     */
    private String answerTo(Question q) {
        if (q.bankId().startsWith("conflict:")) {
            return "1";
        }
        Set<String> asked = HeldBackKnowledge.words(q.topic() + " " + q.text());
        Set<String> subject = HeldBackKnowledge.words(ScriptedEngineer.subjectName(q));
        java.util.function.ToIntFunction<HeldBackKnowledge.Sentence> score = s -> s.words().stream()
                .mapToInt(w -> (asked.contains(w) ? 1 : 0) + (subject.contains(w) ? 2 : 0)).sum();
        List<HeldBackKnowledge.Sentence> ranked = new ArrayList<>(knowledge.sentences().stream()
                .filter(s -> score.applyAsInt(s) > 0).toList());
        if (ranked.isEmpty()) {
            return knowledge.sentences().get((int) (replies % knowledge.sentences().size())).text();
        }
        ranked.sort(Comparator.comparingInt(score).reversed().thenComparingInt(HeldBackKnowledge.Sentence::index));
        int best = Math.min(3, ranked.size());
        return ranked.get((int) (replies % best)).text();
    }
}
