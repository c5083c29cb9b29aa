package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.domain.Question;
import dev.threatmodelbot.domain.QuestionKind;
import dev.threatmodelbot.domain.QuestionStatus;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Coverage;
import dev.threatmodelbot.domain.context.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The context judge on a session: coverage of its context model, where a topic whose questions are
 * all closed (answered, skipped, not sure, withdrawn) counts as asked, so it is an assumption when
 * nobody knew and is not asked again.
 */
public final class Judge {
    /**
     * The last coverage judged on this thread: one event judges the same context many times (each engineer's
     * next question, the kickoff, the summary), and a long session's context holds thousands of facts.
     */
    private static final ThreadLocal<Judged> LAST = new ThreadLocal<>();

    private record Judged(ContextModel context, Set<String> asked, Coverage coverage) {}

    /** The topics asked, by the list of questions they were read from (lists are not changed in place). */
    private static final ThreadLocal<Asked> ASKED = new ThreadLocal<>();

    private record Asked(List<Question> questions, Set<String> topics) {}

    private Judge() {}

    public static Coverage of(Session s) {
        Set<String> asked = asked(s);
        Judged last = LAST.get();
        if (last != null && last.context() == s.context() && last.asked().equals(asked)) {
            return last.coverage();
        }
        Coverage coverage = Coverage.of(s.context(), asked);
        LAST.set(new Judged(s.context(), asked, coverage));
        return coverage;
    }

    /** The first (weightiest) topic key ("subject:PROPERTY") a gap or follow-up question is about. */
    static Optional<String> topicOf(Question q) {
        return topicsOf(q).stream().findFirst();
    }

    /**
     * Every topic key a gap or follow-up question is about: a question about one part may cover
     * several of its topics ({@code gap:orders-api:AUTHENTICATION|orders-api:EXPOSURE}).
     */
    static List<String> topicsOf(Question q) {
        String bankId = q.bankId();
        QuestionKind kind = q.kind();
        if (kind != QuestionKind.GAP && kind != QuestionKind.FOLLOW_UP) {
            return List.of();
        }
        List<String> known = TOPICS.get(bankId);
        if (known != null) {
            return known;
        }
        if (TOPICS.size() > 50_000) {
            TOPICS.clear(); // many sessions' questions: start again rather than grow
        }
        List<String> topics = List.of(kind.keyOf(bankId).split("\\|"));
        TOPICS.put(bankId, topics);
        return topics;
    }

    /** The topics of each bank id seen: every plan reads every question's, and a long session has hundreds. */
    private static final java.util.concurrent.ConcurrentMap<String, List<String>> TOPICS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static String subjectOf(String key) {
        return key.substring(0, key.lastIndexOf(':'));
    }

    static Property propertyOf(String key) {
        return Property.valueOf(key.substring(key.lastIndexOf(':') + 1));
    }

    private static Set<String> asked(Session s) {
        Asked last = ASKED.get();
        if (last != null && last.questions() == s.questions()) {
            return last.topics();
        }
        Set<String> topics = closedTopics(s);
        ASKED.set(new Asked(s.questions(), topics));
        return topics;
    }

    private static Set<String> closedTopics(Session s) {
        Map<String, Boolean> closed = new HashMap<>();
        for (Question q : s.questions()) {
            if (q.status() == QuestionStatus.WITHDRAWN && q.askedAt().isEmpty()) {
                continue; // never put to anyone (the budget ran out first): not asked
            }
            for (String key : topicsOf(q)) {
                closed.merge(key, q.status() != QuestionStatus.OPEN && q.status() != QuestionStatus.QUEUED,
                        Boolean::logicalAnd);
            }
        }
        return Set.copyOf(closed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
    }
}
