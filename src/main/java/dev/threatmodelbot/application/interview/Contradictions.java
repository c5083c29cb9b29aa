package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.ReplyIntent;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Conflicts;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sources that disagree are put to a person: the one who made the newer claim is asked which is
 * accurate, quoting both. Their reply settles it; a shrug leaves both as an explicit assumption.
 */
public final class Contradictions {
    private static final Pattern FIRST = Pattern.compile("(?:1|one|first|the first|#1|the (?:design )?doc|doc)\\b.*");
    private static final Pattern SECOND = Pattern.compile("(?:2|two|second|the second|#2|mine|my answer|me)\\b.*");

    public Contradictions() {}

    /**
     * Queues a question for every disagreement not raised before. One matter (a part and a property)
     * is one question: a new voice on a matter already being asked about joins that question, and when
     * it is already in the thread, everyone concerned is told there, quoting both sides.
     */
    Session raise(Session s) {
        Session out = s;
        Map<String, List<Fact>> joined = new java.util.LinkedHashMap<>();
        List<Disagreement> asked = List.of();
        List<Question> askedFrom = null; // the questions {@code asked} was read from
        for (Fact[] pair : Conflicts.in(s.context().facts())) {
            Fact older = pair[0].source().at().isPresent() && pair[1].source().at().isPresent()
                    && pair[1].source().at().get().isBefore(pair[0].source().at().get()) ? pair[1] : pair[0];
            Fact newer = older == pair[0] ? pair[1] : pair[0];
            // one message (or doc section) saying both is a misreading of it, not a disagreement
            if (older.source().reference().equals(newer.source().reference())) {
                continue;
            }
            if (askedFrom != out.questions()) {
                askedFrom = out.questions();
                asked = disagreements(out);
            }
            if (asked.stream().anyMatch(d -> d.lists(older) && d.lists(newer))) {
                continue;
            }
            Optional<Question> asking = asking(out, older);
            if (asking.isPresent()) {
                Question q = asking.get();
                Disagreement d = Disagreement.of(q).orElseThrow();
                for (Fact f : List.of(older, newer)) {
                    if (!d.lists(f)) {
                        joined.computeIfAbsent(q.id(), k -> new java.util.ArrayList<>()).add(f);
                    }
                    d = d.with(f);
                }
                out = out.replaceQuestion(q.about(d.bankId(), ContradictionTexts.question(out, d, q.askedTo())));
                continue;
            }
            String askee = newer.source().author().or(() -> older.source().author())
                    .filter(out.engineers()::contains).orElse(out.engineers().get(0));
            Disagreement d = Disagreement.between(older, newer);
            Question q = new Question("Q" + (out.questions().size() + 1), d.bankId(),
                    "Which is accurate?", ContradictionTexts.question(out, d, askee), askee,
                    QuestionStatus.QUEUED, Optional.empty(), Optional.empty(), 0, false, Optional.empty());
            out = out.withQuestions(qs -> {
                qs.add(q);
                return qs;
            });
        }
        return told(out, joined);
    }

    /** Those already asked see the new voices in the thread; a question not yet posted will carry them. */
    private static Session told(Session s, Map<String, List<Fact>> joined) {
        Session out = s;
        for (Map.Entry<String, List<Fact>> e : joined.entrySet()) {
            Question q = s.question(e.getKey()).orElseThrow();
            if (q.messageId().isEmpty()) {
                continue;
            }
            String key = e.getValue().stream().map(Fact::id).sorted().collect(java.util.stream.Collectors.joining(","));
            out = out.say(Outbound.thread("conflict-joined:" + q.id() + ":" + Integer.toHexString(key.hashCode()),
                    ContradictionTexts.joined(s, Disagreement.of(q).orElseThrow(), q)));
        }
        return out;
    }

    /** The contradiction question still to be answered about the same part and property, if any. */
    private static Optional<Question> asking(Session s, Fact f) {
        String matter = Disagreement.matterOf(f);
        return s.questions().stream().filter(q -> !q.status().isClosed())
                .filter(q -> Disagreement.of(q).flatMap(d -> d.matter(s)).filter(matter::equals).isPresent())
                .findFirst();
    }

    /** A reply that only picks one of the two sides: `1`, `the doc`, `mine`, … */
    static boolean picksASide(String reply) {
        String plain = reply.strip().toLowerCase(Locale.ROOT);
        return FIRST.matcher(plain).matches() || SECOND.matcher(plain).matches();
    }

    public static boolean isContradiction(Question q) {
        return q.kind() == QuestionKind.CONTRADICTION;
    }

    /** Still worth asking: facts it lists that disagree still stand and nobody settled them meanwhile. */
    static boolean stillOpen(Session s, Question q) {
        return Disagreement.of(q).map(d -> d.open(s)).orElse(false);
    }

    /** What the session's contradiction questions ask about, read once for all pairs of a session. */
    private static List<Disagreement> disagreements(Session s) {
        return s.questions().stream().map(Disagreement::of).flatMap(Optional::stream).toList();
    }

    /**
     * Settles the contradiction {@code q} asked about with the reply {@code answer}, already read into
     * {@code s}: a side picked wins for everyone who took it; new words win over both.
     */
    Session settle(Session s, Question q, ReplyIntent intent, Answer answer) {
        Optional<Disagreement> d = Disagreement.of(q);
        Optional<Fact> first = d.flatMap(x -> s.context().fact(x.ids().get(0)));
        if (first.isEmpty() || d.get().ids().stream().anyMatch(id -> s.context().fact(id).isEmpty())) {
            return s;
        }
        Map<String, FactStatus> statuses = new HashMap<>();
        String plain = answer.text().strip().toLowerCase(Locale.ROOT);
        Session after = s;
        if (!(intent instanceof ReplyIntent.Answered)) {
            d.get().ids().forEach(id -> statuses.put(id, FactStatus.CONTRADICTED));
        } else if (picksASide(plain)) {
            FactStatus one = FIRST.matcher(plain).matches() ? FactStatus.CONFIRMED : FactStatus.SUPERSEDED;
            FactStatus two = one == FactStatus.CONFIRMED ? FactStatus.SUPERSEDED : FactStatus.CONFIRMED;
            d.get().side(s, 1).forEach(f -> statuses.put(f.id(), one));
            d.get().side(s, 2).forEach(f -> statuses.put(f.id(), two));
        } else {
            statuses.putAll(byNewWords(after, first.get(), answer)); // the caller has read the reply
        }
        Session settled = after.withContext(after.context().withStatus(statuses));
        return settled.say(Outbound.thread("settled:" + q.id(),
                ContradictionTexts.settled(settled, first.get(), statuses)));
    }

    /** The reply said something new on the matter: its facts win over both; without one, both stay open. */
    private static Map<String, FactStatus> byNewWords(Session s, Fact about, Answer answer) {
        List<Fact> said = s.context().factsAbout(about.subject(), about.property()).stream()
                .filter(f -> f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(answer.messageId()))
                .sorted(Comparator.comparing(Fact::id)).toList();
        Map<String, FactStatus> statuses = new HashMap<>();
        for (Fact f : s.context().factsAbout(about.subject(), about.property())) {
            boolean fromReply = said.contains(f);
            boolean agrees = said.stream().anyMatch(n -> n.value().equals(f.value()));
            if (!said.isEmpty()) {
                statuses.put(f.id(), fromReply ? FactStatus.CONFIRMED
                        : agrees ? FactStatus.CONFIRMED : FactStatus.SUPERSEDED);
            } else if (f.status() != FactStatus.SUPERSEDED) {
                statuses.put(f.id(), FactStatus.CONTRADICTED);
            }
        }
        return statuses;
    }
}
