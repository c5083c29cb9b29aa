package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Pacing;
import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.Job;
import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.application.port.QuestionBank;
import dev.threatmodelbot.domain.BankQuestion;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives every free engineer their next question: one open question per engineer, within the
 * daily budget and the session's cap per engineer, never a question the engineer was already asked,
 * never a starter question the sources already answer. Once the judge says enough, or nobody can be
 * asked anything more, the interview is done and what is still open is left to the summary's
 * assumptions.
 */
public final class PlanQuestions {
    private final Pacing pacing;
    private final Meaning meaning;
    private final Map<String, List<String>> covers;

    public PlanQuestions(Pacing pacing, Meaning meaning) {
        this(pacing, meaning, List::of);
    }

    public PlanQuestions(Pacing pacing, Meaning meaning, QuestionBank bank) {
        this.pacing = pacing;
        this.meaning = meaning;
        this.covers = bank.questions().stream().collect(Collectors.toMap(BankQuestion::id, BankQuestion::covers,
                (a, b) -> a));
    }

    Transition fill(Session session, Instant now) {
        return fill(session, now, Optional.empty());
    }

    /**
     * {@code active} is the person whose reply led here: they are at their keyboard and get their next
     * question at once. Everyone else is only asked on an allowed day, from the morning on.
     */
    Transition fill(Session session, Instant now, Optional<String> active) {
        if (session.state() != SessionState.INTERVIEWING) {
            return Transition.of(session);
        }
        Session s = withdrawNeedless(session);
        List<Job> jobs = new ArrayList<>();
        for (String engineer : s.engineers()) {
            if (s.openQuestionFor(engineer).isPresent()) {
                continue;
            }
            s = withdrawSettled(s, engineer);
            if (askedSoFar(s, engineer) >= pacing.maxQuestionsPerEngineer()) {
                s = withdrawQueued(s, engineer); // budget spent: the rest is left as assumptions
                continue;
            }
            Optional<Question> next = nextFor(s, engineer);
            if (next.isEmpty()) {
                continue;
            }
            boolean unsociable = !active.map(engineer::equals).orElse(false) && !pacing.sociable(now)
                    && s.questions().stream().anyMatch(q -> q.askedTo().equals(engineer) && q.askedAt().isPresent());
            if (unsociable || askedOn(s, engineer, now) >= pacing.questionsPerDay()) {
                Instant morning = unsociable ? pacing.nextSociable(now) : pacing.nextMorning(now);
                int day = (int) morning.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
                jobs.add(new Job(Job.Kind.NEXT_QUESTION, s.id(), engineer, day, morning));
                continue;
            }
            Question asked = namingParts(s, reassigned(next.get(), engineer)).opened(now);
            s = withQuestion(s, asked).say(Outbound.question(asked, Texts.question(asked), Choices.labels(asked)));
            jobs.add(new Job(Job.Kind.REMIND, s.id(), asked.id(), 1, pacing.reminderDue(now)));
        }
        boolean pending = s.questions().stream()
                .anyMatch(q -> q.status() == QuestionStatus.QUEUED || q.status() == QuestionStatus.OPEN);
        if (!pending) {
            s = Summary.gathered(s, Texts.allDone(s), now);
        }
        return new Transition(s, jobs);
    }

    /**
     * The engineer's own queue first (disagreements to settle, then hand-overs, then the rest), else
     * work taken from a busier colleague.
     */
    private Optional<Question> nextFor(Session s, String engineer) {
        Optional<Question> own = s.questions().stream()
                .filter(q -> q.status() == QuestionStatus.QUEUED && q.askedTo().equals(engineer))
                .filter(q -> !waitsForAnotherDisagreement(s, q))
                .min(Comparator.comparing((Question q) -> !Contradictions.isContradiction(q))
                        .thenComparing(q -> q.kind() != QuestionKind.FOLLOW_UP)
                        .thenComparing(q -> q.handedOverBy().isEmpty())
                        .thenComparing(this::coversNothing));
        if (own.isPresent() && !coversNothing(own.get())) {
            return own;
        }
        Optional<Question> taken = s.questions().stream()
                .filter(q -> q.status() == QuestionStatus.QUEUED && q.handedOverBy().isEmpty())
                .filter(q -> q.kind() != QuestionKind.OWNERSHIP && q.kind() != QuestionKind.CONTRADICTION)
                .filter(q -> !wasAsked(s, engineer, q.bankId()))
                .filter(q -> !coversNothing(q))
                .reduce((first, second) -> second);
        if (taken.isPresent()) {
            return taken;
        }
        java.util.Set<String> spent = s.engineers().stream()
                .filter(e -> askedSoFar(s, e) >= pacing.maxQuestionsPerEngineer()).collect(Collectors.toSet());
        // a starter question that no part-by-part question replaces waits until those are asked
        return GapQuestions.next(s, engineer, meaning, spent).or(() -> own);
    }

    /**
     * A disagreement on a point another disagreement question on the same point is open about waits
     * for its answer: settling that one usually settles this one too (it is then withdrawn).
     */
    private static boolean waitsForAnotherDisagreement(Session s, Question q) {
        if (!Contradictions.isContradiction(q)) {
            return false;
        }
        Optional<String> point = pointOf(s, q);
        return point.isPresent() && s.questions().stream().anyMatch(o -> o.status() == QuestionStatus.OPEN
                && Contradictions.isContradiction(o) && pointOf(s, o).equals(point));
    }

    private static Optional<String> pointOf(Session s, Question contradiction) {
        String first = QuestionKind.CONTRADICTION.keyOf(contradiction.bankId()).split("\\|", 2)[0];
        return s.context().fact(first).map(f -> f.subject() + ":" + f.property());
    }

    /** A starter question that nothing the sources say can make needless (say, how changes reach production). */
    private boolean coversNothing(Question q) {
        return covers.containsKey(q.bankId()) && covers.get(q.bankId()).isEmpty()
                && q.kind() != QuestionKind.OWNERSHIP;
    }

    /**
     * Once the judge says enough, nothing more is put to anyone but disagreements; before that, starter
     * questions whose every point the sources already say (or the part-by-part questions will ask) are
     * dropped.
     */
    private Session withdrawNeedless(Session s) {
        boolean enough = Judge.of(s).enough();
        Starters starters = new Starters(s);
        return s.withQuestions(qs -> {
            qs.replaceAll(q -> q.status() == QuestionStatus.QUEUED && !Contradictions.isContradiction(q)
                    && (enough || starters.needless(covers.getOrDefault(q.bankId(), List.of())))
                    ? q.withStatus(QuestionStatus.WITHDRAWN) : q);
            return qs;
        });
    }

    /** Questions put to the engineer so far, whatever kind; what counts against the cap. */
    static long askedSoFar(Session s, String engineer) {
        return s.questions().stream().filter(q -> q.askedTo().equals(engineer) && q.askedAt().isPresent()).count();
    }

    private static Session withdrawQueued(Session s, String engineer) {
        return s.withQuestions(qs -> {
            qs.replaceAll(q -> q.status() == QuestionStatus.QUEUED && q.askedTo().equals(engineer)
                    ? q.withStatus(QuestionStatus.WITHDRAWN) : q);
            return qs;
        });
    }

    /** Disagreements settled meanwhile (by another answer) are not put to anyone any more. */
    private static Session withdrawSettled(Session s, String engineer) {
        return s.withQuestions(qs -> {
            qs.replaceAll(q -> q.status() == QuestionStatus.QUEUED && q.askedTo().equals(engineer)
                    && Contradictions.isContradiction(q) && !Contradictions.stillOpen(s, q)
                    ? q.withStatus(QuestionStatus.WITHDRAWN) : q);
            return qs;
        });
    }

    /** Parts listed in the ownership question at most: enough to recognise one's own. */
    static final int PARTS_LISTED = 8;

    /**
     * The ownership question lists the parts the sources name, most talked about first, so an engineer
     * can pick theirs by name (and later questions reach the right person); parts the sources say were
     * threat-modelled elsewhere are not listed.
     */
    private static Question namingParts(Session s, Question q) {
        List<String> parts = s.context().components().stream()
                .filter(dev.threatmodelbot.domain.context.Coverage::isPart)
                .filter(c -> !s.context().reviewedElsewhere(c.id())) // context only: nobody is asked to own them
                .sorted(Comparator.comparingInt((dev.threatmodelbot.domain.context.Component c) -> -c.mentions().size()))
                .map(c -> "*" + dev.threatmodelbot.domain.Mentions.inert(c.name()) + "*").toList();
        if (q.kind() != QuestionKind.OWNERSHIP || parts.size() < 2 || q.text().contains("\nThe sources name")) {
            return q;
        }
        String listed = String.join(", ", parts.subList(0, Math.min(PARTS_LISTED, parts.size())))
                + (parts.size() > PARTS_LISTED ? " and " + (parts.size() - PARTS_LISTED) + " more" : "");
        return new Question(q.id(), q.bankId(), q.topic(), q.text() + "\nThe sources name " + listed
                + " — which are yours, and what is missing?", q.askedTo(), q.status(), q.askedAt(), q.messageId(),
                q.reminders(), q.escalated(), q.handedOverBy());
    }

    /** Replaces the question, or adds it when it was made just now (a gap question). */
    private static Session withQuestion(Session s, Question q) {
        if (s.question(q.id()).isPresent()) {
            return s.replaceQuestion(q);
        }
        return s.withQuestions(qs -> {
            qs.add(q);
            return qs;
        });
    }

    private static Question reassigned(Question q, String engineer) {
        if (q.askedTo().equals(engineer)) {
            return q;
        }
        return new Question(q.id(), q.bankId(), q.topic(), q.text(), engineer, q.status(), q.askedAt(),
                q.messageId(), q.reminders(), q.escalated(), q.handedOverBy());
    }

    static boolean wasAsked(Session s, String engineer, String bankId) {
        return s.questions().stream()
                .anyMatch(q -> q.askedTo().equals(engineer) && q.bankId().equals(bankId)
                        && q.status() != QuestionStatus.QUEUED);
    }

    private static long askedOn(Session s, String engineer, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return s.questions().stream()
                .filter(q -> q.askedTo().equals(engineer))
                .filter(q -> q.askedAt().map(at -> at.atZone(ZoneOffset.UTC).toLocalDate().equals(today))
                        .orElse(false))
                .count();
    }
}
