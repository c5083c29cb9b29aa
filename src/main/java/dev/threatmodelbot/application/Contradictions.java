package dev.threatmodelbot.application;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Question;
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
final class Contradictions {
    static final String PREFIX = "conflict:";
    private static final Pattern FIRST = Pattern.compile("(?:1|one|first|the first|#1|the (?:design )?doc|doc)\\b.*");
    private static final Pattern SECOND = Pattern.compile("(?:2|two|second|the second|#2|mine|my answer|me)\\b.*");

    private final LearnFacts learn;

    Contradictions(LearnFacts learn) {
        this.learn = learn;
    }

    /** Queues a question for every disagreement not raised before. */
    Session raise(Session s) {
        Session out = s;
        for (Fact[] pair : Conflicts.in(s.context().facts())) {
            Fact older = pair[0].source().at().isPresent() && pair[1].source().at().isPresent()
                    && pair[1].source().at().get().isBefore(pair[0].source().at().get()) ? pair[1] : pair[0];
            Fact newer = older == pair[0] ? pair[1] : pair[0];
            // one message (or doc section) saying both is a misreading of it, not a disagreement
            boolean sameSource = older.source().reference().equals(newer.source().reference());
            if (sameSource || raised(out, older, newer)) {
                continue;
            }
            String askee = newer.source().author().or(() -> older.source().author())
                    .filter(out.engineers()::contains).orElse(out.engineers().get(0));
            Question q = new Question("Q" + (out.questions().size() + 1), PREFIX + older.id() + "|" + newer.id(),
                    "Which is accurate?", Texts.contradiction(out, older, newer, askee), askee,
                    QuestionStatus.QUEUED, Optional.empty(), Optional.empty(), 0, false, Optional.empty());
            out = out.withQuestions(qs -> {
                qs.add(q);
                return qs;
            });
        }
        return out;
    }

    static boolean isContradiction(Question q) {
        return q.bankId().startsWith(PREFIX);
    }

    /** Still worth asking: both facts stand and neither was settled by someone meanwhile. */
    static boolean stillOpen(Session s, Question q) {
        String[] ids = q.bankId().substring(PREFIX.length()).split("\\|", 2);
        return ids.length == 2 && java.util.Arrays.stream(ids).map(id -> s.context().fact(id))
                .allMatch(f -> f.isPresent() && f.get().status() == FactStatus.STATED);
    }

    private static boolean raised(Session s, Fact a, Fact b) {
        return s.questions().stream().anyMatch(q -> q.bankId().equals(PREFIX + a.id() + "|" + b.id())
                || q.bankId().equals(PREFIX + b.id() + "|" + a.id()));
    }

    /** Settles the contradiction {@code q} asked about with the reply {@code answer}. */
    Session settle(Session s, Question q, ReplyIntent intent, Answer answer) {
        String[] ids = q.bankId().substring(PREFIX.length()).split("\\|", 2);
        Optional<Fact> first = s.context().fact(ids[0]);
        Optional<Fact> second = s.context().fact(ids[1]);
        if (first.isEmpty() || second.isEmpty()) {
            return s;
        }
        Map<String, FactStatus> statuses = new HashMap<>();
        String plain = answer.text().strip().toLowerCase(Locale.ROOT);
        Session after = s;
        if (!(intent instanceof ReplyIntent.Answered)) {
            statuses.put(ids[0], FactStatus.CONTRADICTED);
            statuses.put(ids[1], FactStatus.CONTRADICTED);
        } else if (FIRST.matcher(plain).matches()) {
            statuses.put(ids[0], FactStatus.CONFIRMED);
            statuses.put(ids[1], FactStatus.SUPERSEDED);
        } else if (SECOND.matcher(plain).matches()) {
            statuses.put(ids[0], FactStatus.SUPERSEDED);
            statuses.put(ids[1], FactStatus.CONFIRMED);
        } else {
            after = learn.fromAnswer(s, answer);
            statuses.putAll(byNewWords(after, first.get(), answer));
        }
        Session settled = after.withContext(after.context().withStatus(statuses));
        return settled.say(Outbound.thread("settled:" + q.id(), Texts.settled(settled, first.get(), statuses)));
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
