package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.Transition;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Comment;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.ReplyIntent;
import dev.threatmodelbot.domain.Session;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Turns a thread reply into an answer, a skip, a shrug, a hand-over or a comment. Nothing said in
 * the thread is dropped: what answers no question is kept as a comment.
 */
public final class RecordReply {
    private final PlanQuestions planner;
    private final LearnFacts learn;
    private final Contradictions contradictions;

    public RecordReply(PlanQuestions planner, LearnFacts learn, Contradictions contradictions) {
        this.planner = planner;
        this.learn = learn;
        this.contradictions = contradictions;
    }

    public Transition reply(Session s, ReplyPosted r, Instant now) {
        return reply(s, r, now, java.util.List.of());
    }

    /**
     * A reply with the files shared alongside it, already fetched: each file read becomes a design
     * doc of the session (one of the same name is replaced), each one refused a notice saying why.
     * A file shared without words answers nothing.
     */
    public Transition reply(Session s0, ReplyPosted r, Instant now, java.util.List<SharedFiles.Outcome> files) {
        return reply(s0, r, now, files, true);
    }

    /** {@code free}: typed words, which may tell something else; a button pick always answers its question. */
    private Transition reply(Session s0, ReplyPosted r, Instant now, java.util.List<SharedFiles.Outcome> files,
            boolean free) {
        if (!files.isEmpty() && !s0.state().isClosed()) {
            Session s = s0;
            for (SharedFiles.Outcome o : files) {
                s = shared(s, r, o);
            }
            if (r.text().isBlank()) {
                return planner.fill(contradictions.raise(s).say(Outbound.kickoffUpdate()), now, Optional.empty());
            }
            s0 = s;
        }
        Session s = s0;
        Optional<Question> open = s.state().isClosed() ? Optional.empty() : s.openQuestionFor(r.user());
        if (s.state() == dev.threatmodelbot.domain.SessionState.GATHERED && s.isParticipant(r.user())) {
            return Transition.of(correction(addendumOrComment(s, r), r));
        }
        if (open.isEmpty() || !postedBefore(s.channel().platform(), open.get(), r.messageId())) {
            Session kept = addendumOrComment(s, r);
            Optional<Answer> addendum = kept.answers().stream()
                    .filter(a -> a.messageId().equals(r.messageId())).findFirst();
            return Transition.of(addendum.map(a -> contradictions.raise(learn.fromAnswer(kept, a))).orElse(kept));
        }
        Question q = open.get();
        ReplyIntent intent = ReplyIntent.of(r.text());
        Session after;
        if (intent instanceof ReplyIntent.Skipped) {
            after = s.replaceQuestion(q.withStatus(QuestionStatus.SKIPPED));
        } else if (intent instanceof ReplyIntent.Unsure) {
            Session unsure = s.replaceQuestion(q.withStatus(QuestionStatus.UNSURE));
            after = Contradictions.isContradiction(q) ? unsure : offerToSomeoneElse(unsure, q);
        } else if (intent instanceof ReplyIntent.HandOver h) {
            after = handOver(s, q, h.user(), r);
        } else {
            String text = ((ReplyIntent.Answered) intent).text();
            Answer answer = new Answer(q.id(), r.user(), text, r.messageId(), r.at(), Optional.empty());
            boolean picked = Contradictions.isContradiction(q) && Contradictions.picksASide(text);
            Session learnt = picked ? s : learn.fromAnswer(s, answer);
            if (free && !picked && OffTopicReplies.isAside(learnt, q, answer)) {
                return volunteered(learnt, q, r, now);
            }
            Session recorded = learnt.replaceQuestion(q.withStatus(QuestionStatus.ANSWERED)).withAnswers(as -> {
                as.add(answer);
                return as;
            });
            after = Contradictions.isContradiction(q)
                    ? contradictions.settle(recorded, q, intent, answer)
                    : GapQuestions.followUpIfVague(recorded, q, answer);
        }
        boolean shrugged = intent instanceof ReplyIntent.Skipped || intent instanceof ReplyIntent.Unsure;
        if (Contradictions.isContradiction(q) && shrugged) {
            Answer shrug = new Answer(q.id(), r.user(), r.text(), r.messageId(), r.at(), Optional.empty());
            after = contradictions.settle(after, q, intent, shrug);
        }
        after = contradictions.raise(after);
        return planner.fill(after.say(Outbound.kickoffUpdate()), now, Optional.of(r.user()));
    }

    /**
     * A reply that tells something other than what its author's open question asks: kept and learned
     * like an answer (disagreements it raises are raised), while the question stays open and is put
     * again, briefly.
     */
    private Transition volunteered(Session learnt, Question q, ReplyPosted r, Instant now) {
        Answer kept = new Answer(OffTopicReplies.VOLUNTEERED, r.user(), r.text(), r.messageId(), r.at(), Optional.empty());
        Session after = contradictions.raise(learnt.withAnswers(as -> {
            as.add(kept);
            return as;
        }));
        java.util.Set<String> before = new java.util.HashSet<>();
        learnt.questions().forEach(asked -> before.add(asked.id()));
        java.util.List<Question> next = after.questions().stream()
                .filter(n -> !before.contains(n.id()) && n.askedTo().equals(r.user())).toList();
        after = after.say(Outbound.thread("still-open:" + r.messageId(),
                ContradictionTexts.stillOpen(after, r.user(), q, next)));
        return planner.fill(after.say(Outbound.kickoffUpdate()), now, Optional.of(r.user()));
    }

    private Session shared(Session s, ReplyPosted r, SharedFiles.Outcome o) {
        return SharedOutcomes.taken(learn, s, r.user(), r.messageId(), o);
    }

    /** A button pick answers the question it belongs to, and only while that question is still open. */
    public Transition choice(Session s, ChoicePicked c, Instant now) {
        Optional<Question> open = s.openQuestionFor(c.user()).filter(q -> q.id().equals(c.questionId()));
        Optional<String> said = open.flatMap(q -> Choices.sentence(s, q, c.pick()));
        if (said.isEmpty()) {
            return Transition.of(s);
        }
        return reply(s, new ReplyPosted(c.key(), c.sessionId(), c.user(), said.get(), c.messageId(), c.at()), now,
                java.util.List.of(), false);
    }

    public Transition edit(Session s, ReplyEdited e) {
        Session after = s.withAnswers(as -> {
            as.replaceAll(a -> a.messageId().equals(e.messageId()) ? a.edited(e.text(), e.at()) : a);
            return as;
        }).withComments(cs -> {
            cs.replaceAll(c -> c.messageId().equals(e.messageId()) ? c.edited(e.text()) : c);
            return cs;
        });
        Optional<Answer> edited = after.answers().stream().filter(a -> a.messageId().equals(e.messageId()))
                .findFirst();
        if (edited.isEmpty()) {
            return Transition.of(after);
        }
        Session relearned = contradictions.raise(learn.fromEdit(after, edited.get()));
        return planner.fill(relearned.say(Outbound.kickoffUpdate()), e.at(), Optional.of(e.user()));
    }

    /** A reply older than the question it would answer was written before the engineer saw it. */
    private static boolean postedBefore(dev.threatmodelbot.domain.Platform platform, Question q, String replyId) {
        return q.messageId()
                .flatMap(asked -> platform.order(asked, replyId))
                .map(order -> order < 0)
                .orElse(q.messageId().isPresent());
    }

    private static Session addendumOrComment(Session s, ReplyPosted r) {
        Optional<Answer> last = s.answers().stream()
                .filter(a -> a.author().equals(r.user()))
                .max(Comparator.comparing(Answer::at));
        boolean racedNextQuestion = last.isPresent() && s.openQuestionFor(r.user()).isPresent();
        if (racedNextQuestion) {
            // more to the previous answer, kept as its own part so each message can be edited on its own
            String questionId = last.get().questionId();
            return s.withAnswers(as -> {
                as.add(new Answer(questionId, r.user(), r.text(), r.messageId(), r.at(), Optional.empty()));
                return as;
            });
        }
        return s.withComments(cs -> {
            cs.add(new Comment(r.user(), r.text(), r.messageId(), r.at()));
            return cs;
        });
    }

    /**
     * After the summary, what a participant says in the thread corrects the model: it is read like an
     * answer, and where it contradicts an earlier fact, the correction wins.
     */
    private Session correction(Session s, ReplyPosted r) {
        Answer said = new Answer("", r.user(), r.text(), r.messageId(), r.at(), Optional.empty());
        Session learnt = learn.fromAnswer(s, said);
        java.util.Map<String, dev.threatmodelbot.domain.context.FactStatus> losers = new java.util.HashMap<>();
        for (dev.threatmodelbot.domain.context.Fact[] pair
                : dev.threatmodelbot.domain.context.Conflicts.in(learnt.context().facts())) {
            for (int i = 0; i < 2; i++) {
                if (pair[i].source().reference().equals(r.messageId())) {
                    losers.put(pair[1 - i].id(), dev.threatmodelbot.domain.context.FactStatus.SUPERSEDED);
                }
            }
        }
        return learnt.withContext(learnt.context().withStatus(losers)).say(Outbound.kickoffUpdate());
    }

    private static Session handOver(Session s, Question q, String to, ReplyPosted r) {
        if (to.equals(r.user())) {
            return s.say(Outbound.thread("self-handover:" + r.key(), Texts.handOverToSelf(r.user())));
        }
        boolean hadIt = s.questions().stream().anyMatch(other -> other.askedTo().equals(to)
                && other.bankId().equals(q.bankId()) && other.status() != QuestionStatus.WITHDRAWN);
        if (hadIt) {
            return s.say(Outbound.thread("repeat-handover:" + r.key(), Texts.alreadyAsked(r.user(), to)));
        }
        Question copy = q.handedTo("Q" + (s.questions().size() + 1), to, r.user());
        return s.replaceQuestion(q.withStatus(QuestionStatus.HANDED_OVER))
                .withEngineer(to)
                .withQuestions(qs -> {
                    qs.add(copy);
                    return qs;
                });
    }

    /** "Not sure": the same question goes to a colleague who has not been asked it, if there is one. */
    private static Session offerToSomeoneElse(Session s, Question q) {
        if (q.kind() == QuestionKind.OWNERSHIP || q.kind() == QuestionKind.FOLLOW_UP
                || GapQuestions.timesAsked(s, q.bankId()) >= GapQuestions.MAX_PEOPLE_PER_TOPIC
                || !GapQuestions.worthPassingOn(s, q)) {
            return s;
        }
        return s.engineers().stream()
                .filter(e -> !e.equals(q.askedTo()))
                .filter(e -> !PlanQuestions.wasAsked(s, e, q.bankId()))
                .filter(e -> s.questions().stream()
                        .noneMatch(other -> other.askedTo().equals(e) && other.bankId().equals(q.bankId())))
                .findFirst()
                .map(e -> s.withQuestions(qs -> {
                    qs.add(new Question("Q" + (qs.size() + 1), q.bankId(), q.topic(), q.text(), e,
                            QuestionStatus.QUEUED, Optional.empty(), Optional.empty(), 0, false, Optional.empty()));
                    return qs;
                }))
                .orElse(s);
    }
}
