package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.application.Texts;
import dev.threatmodelbot.application.port.Meaning;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.context.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions made from what the threat model still lacks: one question per part, covering its open
 * topics together (weightiest part first), asked of the engineer who owns that part (ownership comes
 * from their first answer), each topic asked once, with one more concrete follow-up when the answer
 * says nothing usable about any of them. What the design doc already says is put to the engineer to
 * confirm, not asked from scratch. Parts named only in passing are not asked about: they stay
 * assumptions.
 */
public final class GapQuestions {
    /** A topic nobody can answer is not worth asking the whole team: two people at most. */
    static final int MAX_PEOPLE_PER_TOPIC = 2;
    /**
     * Points in one question at most (its connections to other parts are one point); more reads like a
     * form, not a question. What does not fit stays an assumption: each part is asked about once.
     */
    static final int MAX_POINTS_PER_QUESTION = 5;
    /** A part whose weightiest open topic weighs less (a part named in passing) is not asked about. */
    static final int MIN_WEIGHT_TO_ASK = 5;

    private GapQuestions() {}

    static Optional<Question> next(Session s, String engineer, Meaning meaning) {
        return next(s, engineer, meaning, java.util.Set.of());
    }

    /** {@code busy}: engineers who cannot be asked any more (their budget is spent); their parts go to others. */
    static Optional<Question> next(Session s, String engineer, Meaning meaning, java.util.Set<String> busy) {
        Coverage coverage = Judge.of(s);
        if (coverage.enough()) {
            return Optional.empty();
        }
        Map<String, String> owners = owners(s);
        Map<String, List<Topic>> groups = groups(s, coverage, engineer);
        // first what this engineer owns, then what nobody owns; others' parts wait for their owners
        for (boolean mine : new boolean[] {true, false}) {
            for (Map.Entry<String, List<Topic>> g : groups.entrySet()) {
                String owner = owners.get(g.getKey());
                boolean fits = mine ? engineer.equals(owner)
                        : owner == null || !s.engineers().contains(owner) || busy.contains(owner);
                if (fits) {
                    return Optional.of(question(s, g.getKey(), g.getValue(), engineer, meaning));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Open topics not asked yet, by part, weightiest part first, at most {@link #MAX_POINTS_PER_QUESTION}
     * points each: first the parts nobody was asked about; once every part had its question, what did
     * not fit in it (while the coverage is short of enough, and the budget allows).
     */
    static Map<String, List<Topic>> groups(Session s, Coverage coverage, String engineer) {
        Map<String, List<Question>> byTopic = byTopic(s);
        Map<String, String> parts = new HashMap<>(); // topic key → the part it is asked with
        java.util.function.Function<String, String> partOf = key ->
                parts.computeIfAbsent(key, k -> ownedPart(s, Judge.subjectOf(k)));
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Question q : s.questions()) {
            boolean put = q.status() != QuestionStatus.WITHDRAWN || q.askedAt().isPresent();
            if (q.kind() == QuestionKind.GAP && put) {
                Judge.topicsOf(q).forEach(key -> asked.add(partOf.apply(key)));
            }
        }
        for (boolean again : new boolean[] {false, true}) {
            Map<String, List<Topic>> groups = new LinkedHashMap<>();
            for (Topic t : coverage.gaps()) {
                String part = partOf.apply(t.key());
                if ((again || !asked.contains(part))
                        && !asked(byTopic.getOrDefault(t.key(), List.of()), engineer)) {
                    groups.computeIfAbsent(part, k -> new ArrayList<>()).add(t);
                }
            }
            groups.values().removeIf(ts -> ts.get(0).weight() < MIN_WEIGHT_TO_ASK);
            groups.replaceAll((part, ts) -> fitting(s, ts));
            if (!groups.isEmpty()) {
                return groups;
            }
        }
        return Map.of();
    }

    /** The weightiest topics that make at most {@link #MAX_POINTS_PER_QUESTION} points. */
    private static List<Topic> fitting(Session s, List<Topic> topics) {
        List<Topic> kept = new ArrayList<>();
        int points = 0;
        boolean connections = false;
        for (Topic t : topics) {
            boolean connection = s.context().flow(t.subject()).isPresent();
            int more = connection && connections ? 0 : 1;
            if (points + more > MAX_POINTS_PER_QUESTION) {
                continue;
            }
            points += more;
            connections |= connection;
            kept.add(t);
        }
        return kept;
    }

    private static Question question(Session s, String part, List<Topic> topics, String engineer, Meaning meaning) {
        String key = String.join("|", topics.stream().map(Topic::key).toList());
        ContextModel m = s.context();
        String name = part.equals(dev.threatmodelbot.domain.context.Fact.SYSTEM) ? s.system() : m.nameOf(part);
        String label = (topics.size() == 1 ? topics.get(0).subjectName() : name) + " · "
                + String.join(", ", topics.stream().map(t -> t.property().words()).distinct().toList());
        if (topics.size() == 1) {
            Topic t = topics.get(0);
            String ask = GapTexts.ask(t.property(), t.subjectName());
            String text = docSays(s, t, ask, meaning).map(quote -> quote + "\n" + GapTexts.confirm(ask)).orElse(ask);
            return question(s, QuestionKind.GAP.id(key), label, text, engineer);
        }
        List<GapTexts.Point> points = new ArrayList<>();
        for (Topic t : topics) {
            Optional<String> peer = m.flow(t.subject()).map(f -> peer(m, f, part));
            String clause = GapTexts.clause(t.property(), peer);
            points.add(new GapTexts.Point(t.property(), peer, docSays(s, t, clause, meaning)));
        }
        return question(s, QuestionKind.GAP.id(key), label, GapTexts.grouped(name, points), engineer);
    }

    /** The other end of a flow, seen from the part the question is about. */
    private static String peer(ContextModel m, DataFlow f, String part) {
        return f.source().equals(part) ? "to *" + Mentions.inert(m.nameOf(f.target())) + "*"
                : "from *" + Mentions.inert(m.nameOf(f.source())) + "*";
    }

    /**
     * What a design doc says on the topic, when it says something, so the engineer confirms or corrects
     * rather than starts from nothing: the doc sentence a fact on the topic came from (a description no
     * rule could classify, or one of two that disagree); else a plain sentence naming the part that talks
     * about the property (closest to the question among several). Tables, links and long passages are
     * not quoted: they rarely say one thing one can confirm.
     */
    private static Optional<String> docSays(Session s, Topic t, String ask, Meaning meaning) {
        ContextModel m = s.context();
        List<Source> stated = m.factsAbout(t.subject(), t.property()).stream()
                .filter(f -> f.status() != FactStatus.SUPERSEDED && f.source().kind() == Source.Kind.DOC)
                .map(dev.threatmodelbot.domain.context.Fact::source).filter(GapQuestions::quotable).distinct().toList();
        List<Source> onTopic = stated.isEmpty() ? m.component(t.subject()).map(Component::mentions)
                .or(() -> m.flow(t.subject()).map(DataFlow::mentions)).orElse(List.of()).stream()
                .filter(x -> x.kind() == Source.Kind.DOC && quotable(x))
                .filter(x -> meaning.addresses(x.quote(), t.property())).distinct().toList() : stated;
        if (onTopic.isEmpty()) {
            return Optional.empty();
        }
        int best = meaning.closest(ask, onTopic.stream().map(Source::quote).toList()).orElse(0);
        Source x = onTopic.get(best);
        String quote = Secrets.redact(dev.threatmodelbot.domain.Quotes.readable(x.quote()));
        return Optional.of(Texts.doc(x.reference()) + " says: _\"" + Mentions.inert(quote) + "\"_");
    }

    private static boolean quotable(Source x) {
        String q = x.quote().strip();
        return !q.isEmpty() && q.length() <= 240 && !q.contains("|") && !q.contains("](") && !q.contains("```")
                && q.indexOf('{') < 0 && q.indexOf('}') < 0;
    }

    /**
     * After an answer to a gap question: a follow-up on its weightiest topic when it told nothing about
     * any of the topics it asked.
     */
    static Session followUpIfVague(Session s, Question q, Answer a) {
        if (q.kind() != QuestionKind.GAP) {
            return s;
        }
        List<String> keys = Judge.topicsOf(q);
        boolean told = keys.stream().anyMatch(key -> s.context()
                .factsAbout(Judge.subjectOf(key), Judge.propertyOf(key)).stream()
                .anyMatch(f -> f.status() != FactStatus.SUPERSEDED && f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(a.messageId())));
        String key = keys.get(0);
        if (told || asked(s, QuestionKind.FOLLOW_UP.id(key), q.askedTo())) {
            return s;
        }
        String name = Subjects.name(s.context(), Judge.subjectOf(key));
        Question more = question(s, QuestionKind.FOLLOW_UP.id(key), name + " · " + Judge.propertyOf(key).words(),
                GapTexts.followUp(Judge.propertyOf(key), name), q.askedTo());
        return s.withQuestions(qs -> {
            qs.add(more);
            return qs;
        });
    }

    /**
     * Whether a `not sure` on {@code q} is worth passing to a colleague. A starter question only while
     * the sources name hardly any parts (afterwards the part-by-part questions ask it better); a topic
     * question only when its weightiest topic weighs 8 or more and the one unsure is not the part's
     * owner (when the owner does not know, nobody is likely to).
     */
    static boolean worthPassingOn(Session s, Question q) {
        Optional<String> key = Judge.topicOf(q);
        if (key.isEmpty()) {
            return s.context().components().stream().filter(Coverage::isPart).count() < 2;
        }
        if (q.askedTo().equals(owners(s).get(ownedPart(s, Judge.subjectOf(key.get()))))) {
            return false;
        }
        return Judge.of(s).topics().stream().anyMatch(t -> t.key().equals(key.get()) && t.weight() >= 8);
    }

    private static Question question(Session s, String bankId, String topic, String text, String engineer) {
        return new Question("Q" + (s.questions().size() + 1), bankId, topic, text, engineer, QuestionStatus.QUEUED,
                Optional.empty(), Optional.empty(), 0, false, Optional.empty());
    }

    static long timesAsked(Session s, String bankId) {
        return s.questions().stream().filter(q -> q.bankId().equals(bankId)).count();
    }

    /**
     * Never the same topic twice to one person, nor again once someone gave an answer or two people
     * shrugged; {@code key} is a topic key, or a whole follow-up id.
     */
    private static boolean asked(Session s, String key, String engineer) {
        return asked(s.questions().stream().filter(q -> q.bankId().equals(key)
                || QuestionKind.of(key) != QuestionKind.FOLLOW_UP && q.kind() == QuestionKind.GAP
                        && Judge.topicsOf(q).contains(key))
                .toList(), engineer);
    }

    /**
     * The questions about each topic key, as {@link #asked(Session, String, String)} finds them for a key that
     * is not a follow-up's: those with that bank id, and gap questions covering it. Built once for all topics.
     */
    private static Map<String, List<Question>> byTopic(Session s) {
        ByTopic last = BY_TOPIC.get();
        if (last != null && last.questions() == s.questions()) {
            return last.about();
        }
        Map<String, List<Question>> about = topics(s);
        BY_TOPIC.set(new ByTopic(s.questions(), about));
        return about;
    }

    /** The questions by topic last worked out on this thread, and the list they were read from. */
    private static final ThreadLocal<ByTopic> BY_TOPIC = new ThreadLocal<>();

    private record ByTopic(List<Question> questions, Map<String, List<Question>> about) {}

    private static Map<String, List<Question>> topics(Session s) {
        Map<String, List<Question>> about = new HashMap<>();
        for (Question q : s.questions()) {
            about.computeIfAbsent(q.bankId(), x -> new ArrayList<>()).add(q);
            List<String> topics = q.kind() == QuestionKind.GAP ? Judge.topicsOf(q) : List.of();
            for (int i = 0; i < topics.size(); i++) {
                String k = topics.get(i);
                if (!k.equals(q.bankId()) && topics.indexOf(k) == i) { // each question once per key
                    about.computeIfAbsent(k, x -> new ArrayList<>()).add(q);
                }
            }
        }
        return about;
    }

    /** {@code about}: the questions about one topic. */
    private static boolean asked(List<Question> about, String engineer) {
        if (about.size() >= MAX_PEOPLE_PER_TOPIC) {
            return true;
        }
        return about.stream().anyMatch(q -> q.askedTo().equals(engineer) || q.status() == QuestionStatus.ANSWERED
                || q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.QUEUED);
    }

    /**
     * The part a topic is asked with: a part's own; a flow goes with the part it starts from, or with
     * where it goes when it starts from a person.
     */
    private static String ownedPart(Session s, String subject) {
        ContextModel m = s.context();
        return m.flow(subject).map(f -> m.component(f.source()).map(Coverage::isPart).orElse(true)
                ? f.source() : f.target()).orElse(subject);
    }

    /** The owners last worked out on this thread, and what they were worked out from (lists never change in place). */
    private static final ThreadLocal<Owners> OWNERS = new ThreadLocal<>();

    private record Owners(List<String> asked, List<Answer> answers, List<Component> parts, Map<String, String> owners) {}

    /** Parts named in an engineer's answer to "which parts do you own" are theirs (the first such answer wins). */
    static Map<String, String> owners(Session s) {
        List<String> asked = s.questions().stream()
                .filter(q -> q.kind() == QuestionKind.OWNERSHIP && q.status() == QuestionStatus.ANSWERED)
                .map(Question::id).toList();
        Owners last = OWNERS.get();
        if (last != null && last.asked().equals(asked) && last.answers() == s.answers()
                && last.parts() == s.context().components()) {
            return last.owners();
        }
        Map<String, String> owners = Map.copyOf(ownersOf(s, asked));
        OWNERS.set(new Owners(asked, s.answers(), s.context().components(), owners));
        return owners;
    }

    /** {@code asked}: the ownership questions answered, in question order. */
    private static Map<String, String> ownersOf(Session s, List<String> asked) {
        Map<String, String> owners = new HashMap<>();
        if (asked.isEmpty()) {
            return owners;
        }
        Map<String, List<Answer>> byQuestion = new HashMap<>();
        s.answers().stream().filter(a -> asked.contains(a.questionId()))
                .forEach(a -> byQuestion.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(a));
        Map<String, Integer> rank = new HashMap<>(); // message id → place among the answers, question order first
        List<Answer> ownership = new ArrayList<>();
        asked.forEach(id -> byQuestion.getOrDefault(id, List.of()).forEach(a -> {
            rank.putIfAbsent(a.messageId(), ownership.size());
            ownership.add(a);
        }));
        for (Component c : s.context().components()) {
            c.mentions().stream().filter(m -> m.kind() == Source.Kind.ANSWER && rank.containsKey(m.reference()))
                    .mapToInt(m -> rank.get(m.reference())).min()
                    .ifPresent(first -> owners.putIfAbsent(c.id(), ownership.get(first).author()));
        }
        return owners;
    }
}
