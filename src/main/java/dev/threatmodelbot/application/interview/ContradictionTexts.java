package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.Subjects;
import dev.threatmodelbot.application.Texts;
import static dev.threatmodelbot.domain.Mentions.of;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Links;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the bot says about sources that disagree: the question, new voices joining it, the outcome. */
public final class ContradictionTexts {
    private static final int QUOTED_WHOLE = 240;
    private static final String WHICH = "Which is accurate? Reply `1` or `2`, or tell me what's right.";

    private ContradictionTexts() {}

    static String question(Session s, Disagreement d, String askee) {
        return people(d, s, askee) + " I have two things that don't agree about *" + about(s, d) + "*:\n"
                + sides(s, d) + WHICH;
    }

    /** New voices on a matter already asked in the thread: everyone concerned sees both sides again. */
    static String joined(Session s, Disagreement d, Question asked) {
        String link = asked.messageId().map(m -> Links.of(m, "my question")).orElse("my question");
        return people(d, s, asked.askedTo()) + " There's more disagreement about *" + about(s, d) + "* — this adds to "
                + link + " to " + of(asked.askedTo()) + ":\n" + sides(s, d) + of(asked.askedTo())
                + ", which is accurate? Reply `1` or `2`, or tell me what's right.";
    }

    static String settled(Session s, Fact about, Map<String, FactStatus> statuses) {
        String subject = Subjects.name(s.context(), about.subject()) + " — " + about.property().words();
        List<String> kept = s.context().facts().stream()
                .filter(f -> statuses.get(f.id()) == FactStatus.CONFIRMED).map(Fact::value).distinct().toList();
        if (kept.isEmpty()) {
            return "Noted — I'll keep *" + subject + "* as an open assumption for the security lead.";
        }
        return "Thanks — noted *" + subject + "*: " + String.join(", ", kept) + ".";
    }

    /**
     * A reply about something else was kept; the open question is put again, briefly, and the person
     * is told of disagreements their words raised that they will be asked about next.
     */
    static String stillOpen(Session s, String user, Question q, List<Question> next) {
        String mine = q.messageId().map(m -> Links.of(m, "My question")).orElse("My question");
        Optional<Disagreement> d = Disagreement.of(q).filter(x -> !x.side(s, 1).isEmpty());
        String what = d.map(x -> " about *" + about(s, x) + "* is still open: which is accurate? Reply `1` or `2`, "
                + "or tell me what's right.").orElse(" is still open: *" + q.topic() + "* — " + q.text());
        List<String> later = next.stream().map(Disagreement::of).flatMap(Optional::stream)
                .filter(x -> !x.side(s, 1).isEmpty()).map(x -> "*" + about(s, x) + "*").distinct().toList();
        String after = later.isEmpty() ? "" : "\nWhat you said doesn't agree with what I had on "
                + String.join(", ", later) + " — I'll ask you about that next.";
        return "Thanks " + of(user) + " — I've kept that. " + mine + " to you" + what + after;
    }

    private static String about(Session s, Disagreement d) {
        Fact first = d.side(s, 1).get(0);
        String name = Subjects.name(s.context(), first.subject());
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1) + " — "
                + first.property().words();
    }

    private static String sides(Session s, Disagreement d) {
        return "*1.* " + said(s, d.side(s, 1)) + "\n*2.* " + said(s, d.side(s, 2)) + "\n";
    }

    /** Each source once: a doc section or message stating two things on the matter is quoted once. */
    private static String said(Session s, List<Fact> facts) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> quoted = new ArrayList<>();
        for (Fact f : facts) {
            if (seen.add(f.source().kind() + ":" + f.source().reference())) {
                quoted.add(Texts.said(whole(s, f)));
            }
        }
        return String.join("\n      and ", quoted);
    }

    /**
     * A short message is quoted whole, so its author recognises it and "It is not encrypted" keeps
     * the sentence before that says what "it" is; a long one only by the sentence that says it.
     */
    private static Fact whole(Session s, Fact f) {
        Source src = f.source();
        return s.answers().stream()
                .filter(a -> src.kind() == Source.Kind.ANSWER && a.messageId().equals(src.reference()))
                .map(Answer::text).filter(t -> t.length() <= QUOTED_WHOLE).findFirst()
                .map(t -> new Fact(f.id(), f.subject(), f.property(), f.value(),
                        new Source(src.kind(), src.reference(), src.author(), src.at(), src.link(), t), f.status()))
                .orElse(f);
    }

    /** The person asked first, then everyone else who said something on the matter, newest side first. */
    private static String people(Disagreement d, Session s, String askee) {
        Set<String> all = new LinkedHashSet<>();
        all.add(askee);
        for (int side : new int[] {2, 1}) {
            List<Fact> facts = new ArrayList<>(d.side(s, side));
            java.util.Collections.reverse(facts);
            facts.forEach(f -> f.source().author().ifPresent(all::add));
        }
        return all.stream().map(dev.threatmodelbot.domain.Mentions::of).collect(Collectors.joining(" "));
    }
}
