package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.context.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Questions made from what the threat model still lacks: the weightiest open topic, asked of the
 * engineer who owns that part (ownership comes from their first answer), each topic asked once,
 * with one more concrete follow-up when the answer says nothing usable about it.
 */
final class GapQuestions {
    static final String GAP = "gap:";
    static final String FOLLOW_UP = "followup:";
    /** A topic nobody can answer is not worth asking the whole team: two people at most. */
    static final int MAX_PEOPLE_PER_TOPIC = 2;

    private GapQuestions() {}

    static Optional<Question> next(Session s, String engineer, Meaning meaning) {
        Coverage coverage = Judge.of(s);
        if (coverage.enough()) {
            return Optional.empty();
        }
        Map<String, String> owners = owners(s);
        // first what this engineer owns, then what nobody owns; others' parts wait for their owners
        for (boolean mine : new boolean[] {true, false}) {
            for (Topic t : coverage.gaps()) {
                String owner = owners.get(ownedPart(s, t.subject()));
                boolean fits = mine ? engineer.equals(owner) : owner == null || !s.engineers().contains(owner);
                if (fits && !asked(s, GAP + t.key(), engineer)) {
                    String ask = GapTexts.ask(t.property(), t.subjectName());
                    return Optional.of(question(s, GAP + t.key(), t.subjectName() + " · " + t.property().words(),
                            grounded(s, t, ask, meaning) + ask, engineer));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the design doc says on the topic, when it says something: the doc sentence naming the part
     * that talks about the property (closest to the question among several), so the engineer confirms
     * or corrects rather than starts from nothing.
     */
    private static String grounded(Session s, Topic t, String ask, Meaning meaning) {
        java.util.List<Source> said = s.context().component(t.subject()).map(c -> c.mentions().stream()
                .filter(m -> m.kind() == Source.Kind.DOC).toList()).orElse(java.util.List.of());
        java.util.List<Source> onTopic = said.stream().filter(m -> meaning.addresses(m.quote(), t.property()))
                .distinct().toList();
        if (onTopic.isEmpty()) {
            return "";
        }
        int best = meaning.closest(ask, onTopic.stream().map(Source::quote).toList()).orElse(0);
        Source m = onTopic.get(best);
        String quote = dev.threatmodelbot.domain.Secrets.redact(m.quote()).replaceAll("\\s+", " ").strip();
        if (quote.length() > 240) {
            quote = quote.substring(0, 239) + "…";
        }
        return Texts.doc(m.reference()) + " says: _\"" + dev.threatmodelbot.domain.Mentions.inert(quote)
                + "\"_\n";
    }

    /** After an answer to a gap question: a follow-up when it told nothing about the topic. */
    static Session followUpIfVague(Session s, Question q, Answer a) {
        if (!q.bankId().startsWith(GAP)) {
            return s;
        }
        String key = q.bankId().substring(GAP.length());
        String subject = key.substring(0, key.lastIndexOf(':'));
        Property property = Property.valueOf(key.substring(key.lastIndexOf(':') + 1));
        boolean told = s.context().factsAbout(subject, property).stream()
                .anyMatch(f -> f.status() != FactStatus.SUPERSEDED && f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(a.messageId()));
        if (told || asked(s, FOLLOW_UP + key, q.askedTo())) {
            return s;
        }
        String name = Subjects.name(s.context(), subject);
        Question more = question(s, FOLLOW_UP + key, name + " · " + property.words(),
                GapTexts.followUp(property, name), q.askedTo());
        return s.withQuestions(qs -> {
            qs.add(more);
            return qs;
        });
    }

    /**
     * Whether a `not sure` on {@code q} is worth passing to a colleague: always for starter questions;
     * for a topic, only when it weighs 8 or more and the one unsure is not the part's owner (when the
     * owner does not know, nobody is likely to).
     */
    static boolean worthPassingOn(Session s, Question q) {
        Optional<String> key = Judge.topicOf(q);
        if (key.isEmpty()) {
            return true;
        }
        String subject = key.get().substring(0, key.get().lastIndexOf(':'));
        if (q.askedTo().equals(owners(s).get(ownedPart(s, subject)))) {
            return false;
        }
        return Judge.of(s).topics().stream().anyMatch(t -> t.key().equals(key.get()) && t.weight() >= 8);
    }

    static boolean isFollowUp(Question q) {
        return q.bankId().startsWith(FOLLOW_UP);
    }

    private static Question question(Session s, String bankId, String topic, String text, String engineer) {
        return new Question("Q" + (s.questions().size() + 1), bankId, topic, text, engineer, QuestionStatus.QUEUED,
                Optional.empty(), Optional.empty(), 0, false, Optional.empty());
    }

    static long timesAsked(Session s, String bankId) {
        return s.questions().stream().filter(q -> q.bankId().equals(bankId)).count();
    }

    /** Never the same topic twice to one person, nor again once someone gave an answer or two people shrugged. */
    private static boolean asked(Session s, String bankId, String engineer) {
        if (timesAsked(s, bankId) >= MAX_PEOPLE_PER_TOPIC) {
            return true;
        }
        return s.questions().stream().filter(q -> q.bankId().equals(bankId))
                .anyMatch(q -> q.askedTo().equals(engineer) || q.status() == QuestionStatus.ANSWERED
                        || q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.QUEUED);
    }

    /** A flow belongs to whoever owns where it starts. */
    private static String ownedPart(Session s, String subject) {
        return s.context().flows().stream().filter(f -> f.id().equals(subject)).findFirst()
                .map(f -> f.source()).orElse(subject);
    }

    /** Parts named in an engineer's answer to "which parts do you own" are theirs. */
    static Map<String, String> owners(Session s) {
        Map<String, String> owners = new HashMap<>();
        for (Question q : s.questions()) {
            if (!q.bankId().equals(StartSession.OWNERSHIP) || q.status() != QuestionStatus.ANSWERED) {
                continue;
            }
            for (Answer a : s.answers()) {
                if (!a.questionId().equals(q.id())) {
                    continue;
                }
                for (Component c : s.context().components()) {
                    boolean named = c.mentions().stream().anyMatch(m -> m.kind() == Source.Kind.ANSWER
                            && m.reference().equals(a.messageId()));
                    if (named) {
                        owners.putIfAbsent(c.id(), a.author());
                    }
                }
            }
        }
        return owners;
    }
}
