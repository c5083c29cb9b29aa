package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Source;
import java.util.List;

/**
 * Whether a reply to an open question speaks to it or tells something else. A question about one
 * matter (a part and a property: a topic question, a contradiction) is answered by a reply that
 * states something on that property of that part (or of the system, or of a flow touching it), or
 * that states nothing the rules classify; a reply stating only other things is volunteered
 * information: kept and learned, while the question stays open. Other questions take any reply.
 */
public final class OffTopicReplies {
    /** A reply that is on record without answering a question: volunteered while another was open. */
    static final String VOLUNTEERED = "";

    private OffTopicReplies() {}

    /** {@code learnt} is the session after reading {@code reply}, which is not recorded as an answer yet. */
    static boolean isAside(Session learnt, Question q, Answer reply) {
        List<String> matters = matters(learnt, q);
        if (matters.isEmpty()) {
            return false;
        }
        List<Fact> said = learnt.context().facts().stream()
                .filter(f -> f.source().kind() == Source.Kind.ANSWER
                        && f.source().reference().equals(reply.messageId()))
                .toList();
        return !said.isEmpty() && said.stream().noneMatch(f -> matters.stream().anyMatch(m ->
                f.property() == Judge.propertyOf(m) && related(learnt, f.subject(), Judge.subjectOf(m))));
    }

    /** Every "subject:PROPERTY" the question asks about: each point of a grouped question counts. */
    private static List<String> matters(Session s, Question q) {
        if (Contradictions.isContradiction(q)) {
            return Disagreement.of(q).flatMap(d -> d.matter(s)).stream().toList();
        }
        return Judge.topicsOf(q);
    }

    /**
     * The same part, the system, a flow and one of its ends, or two parts a flow joins ("the gateway
     * checks tokens" answers how callers prove who they are to what sits behind it).
     */
    private static boolean related(Session s, String a, String b) {
        return a.equals(b) || a.equals(Fact.SYSTEM) || b.equals(Fact.SYSTEM) || ends(s, a).contains(b)
                || ends(s, b).contains(a) || ends(s, a).stream().anyMatch(ends(s, b)::contains)
                || s.context().flows().stream().anyMatch(f -> f.source().equals(a) && f.target().equals(b)
                        || f.source().equals(b) && f.target().equals(a));
    }

    private static List<String> ends(Session s, String subject) {
        return s.context().flow(subject).map((DataFlow f) -> List.of(f.source(), f.target())).orElse(List.of());
    }
}
