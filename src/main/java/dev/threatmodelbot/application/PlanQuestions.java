package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gives every free engineer their next question: one open question per engineer, within the
 * daily budget, never a question the engineer was already asked.
 */
final class PlanQuestions {
    private final Pacing pacing;
    private final Meaning meaning;

    PlanQuestions(Pacing pacing, Meaning meaning) {
        this.pacing = pacing;
        this.meaning = meaning;
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
        Session s = session;
        List<Job> jobs = new ArrayList<>();
        for (String engineer : s.engineers()) {
            if (s.openQuestionFor(engineer).isPresent()) {
                continue;
            }
            s = withdrawSettled(s, engineer);
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
            Question asked = reassigned(next.get(), engineer).opened(now);
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
                .min(Comparator.comparing((Question q) -> !Contradictions.isContradiction(q))
                        .thenComparing(q -> !GapQuestions.isFollowUp(q))
                        .thenComparing(q -> q.handedOverBy().isEmpty()));
        if (own.isPresent()) {
            return own;
        }
        Optional<Question> taken = s.questions().stream()
                .filter(q -> q.status() == QuestionStatus.QUEUED && q.handedOverBy().isEmpty())
                .filter(q -> !q.bankId().equals(StartSession.OWNERSHIP) && !Contradictions.isContradiction(q))
                .filter(q -> !wasAsked(s, engineer, q.bankId()))
                .reduce((first, second) -> second);
        return taken.isPresent() ? taken : GapQuestions.next(s, engineer, meaning);
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
