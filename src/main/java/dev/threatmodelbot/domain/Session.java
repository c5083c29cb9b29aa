package dev.threatmodelbot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One threat-modeling interview: who takes part, what was asked and answered, and what still has
 * to be said, and what has been learnt about the system. Immutable; every change returns a new session. {@code handledEvents} holds the keys
 * of the inbound events already applied, so a redelivered event changes nothing.
 */
public record Session(
        SessionId id,
        String system,
        ConversationAddress channel,
        String requester,
        String lead,
        List<String> engineers,
        String designDoc,
        Optional<String> jiraProject,
        Optional<LocalDate> deadline,
        SessionState state,
        Instant createdAt,
        Optional<Instant> closedAt,
        Optional<String> kickoffId,
        List<Question> questions,
        List<Answer> answers,
        List<Comment> comments,
        List<Outbound> outbox,
        List<String> handledEvents,
        ContextModel context,
        List<SharedDoc> documents,
        ModelUsage usage,
        Optional<dev.threatmodelbot.domain.threat.Draft> draft,
        List<Outbound> tickets) {

    static final int HANDLED_KEPT = 200;

    public Session {
        engineers = List.copyOf(engineers);
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        comments = List.copyOf(comments);
        outbox = List.copyOf(outbox);
        handledEvents = distinct(handledEvents);
        context = context == null ? ContextModel.EMPTY : context; // sessions stored before it existed
        documents = documents == null ? List.of() : List.copyOf(documents);
        usage = usage == null ? ModelUsage.NONE : usage;
        draft = draft == null ? Optional.empty() : draft; // sessions stored before drafting existed
        // tickets to file wait in a queue of their own; sessions stored before it kept them among the chat messages
        List<Outbound> queued = new ArrayList<>(tickets == null ? List.of() : tickets);
        if (outbox.stream().anyMatch(o -> o.kind() == Outbound.Kind.TICKET)) {
            outbox.stream().filter(o -> o.kind() == Outbound.Kind.TICKET).forEach(queued::add);
            outbox = outbox.stream().filter(o -> o.kind() != Outbound.Kind.TICKET).toList();
        }
        tickets = List.copyOf(queued);
    }

    /** A session with no tickets waiting to be filed. */
    public Session(SessionId id, String system, ConversationAddress channel, String requester, String lead,
            List<String> engineers, String designDoc, Optional<String> jiraProject, Optional<LocalDate> deadline,
            SessionState state, Instant createdAt, Optional<Instant> closedAt, Optional<String> kickoffId,
            List<Question> questions, List<Answer> answers, List<Comment> comments, List<Outbound> outbox,
            List<String> handledEvents, ContextModel context, List<SharedDoc> documents, ModelUsage usage,
            Optional<dev.threatmodelbot.domain.threat.Draft> draft) {
        this(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state, createdAt, closedAt,
                kickoffId, questions, answers, comments, outbox, handledEvents, context, documents, usage, draft, List.of());
    }

    /** The keys this thread last made distinct: every change of a session passes the same list on. */
    private static final ThreadLocal<List<String>> DISTINCT = new ThreadLocal<>();

    private static List<String> distinct(List<String> keys) {
        if (keys == DISTINCT.get()) {
            return keys; // made by this method: distinct and unmodifiable already
        }
        List<String> made = List.copyOf(new LinkedHashSet<>(keys));
        DISTINCT.set(made);
        return made;
    }

    /** The session's thread, once the kickoff message exists. */
    public Optional<ConversationAddress> thread() {
        return kickoffId.map(channel::inThread);
    }

    public boolean isParticipant(String user) {
        return engineers.contains(user) || lead.equals(user) || requester.equals(user);
    }

    public boolean mayManage(String user) {
        return lead.equals(user) || requester.equals(user);
    }

    public Optional<Question> openQuestionFor(String engineer) {
        return questions.stream().filter(q -> q.isOpen() && q.askedTo().equals(engineer)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Progress progress() {
        return Progress.of(this);
    }

    public Session withState(SessionState newState, Instant at) {
        Optional<Instant> closed = newState.isClosed() ? Optional.of(at) : closedAt;
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline,
                newState, createdAt, closed, kickoffId, questions, answers, comments, outbox, handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withKickoff(String messageId) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, Optional.of(messageId), questions, answers, comments, outbox, handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withEngineer(String user) {
        if (engineers.contains(user)) {
            return this;
        }
        List<String> more = new ArrayList<>(engineers);
        more.add(user);
        return new Session(id, system, channel, requester, lead, more, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withQuestions(UnaryOperator<List<Question>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, change.apply(new ArrayList<>(questions)), answers, comments, outbox,
                handledEvents, context, documents, usage, draft, tickets);
    }

    /** Every question not yet closed is withdrawn: the session will ask nothing more. */
    public Session withdrawOpenQuestions() {
        return withQuestions(qs -> {
            qs.replaceAll(q -> q.status().isClosed() ? q : q.withStatus(QuestionStatus.WITHDRAWN));
            return qs;
        });
    }

    public Session replaceQuestion(Question changed) {
        return withQuestions(qs -> {
            qs.replaceAll(q -> q.id().equals(changed.id()) ? changed : q);
            return qs;
        });
    }

    public Session withAnswers(UnaryOperator<List<Answer>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, change.apply(new ArrayList<>(answers)), comments, outbox,
                handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withComments(UnaryOperator<List<Comment>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, change.apply(new ArrayList<>(comments)), outbox,
                handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withOutbox(UnaryOperator<List<Outbound>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, change.apply(new ArrayList<>(outbox)),
                handledEvents, context, documents, usage, draft, tickets);
    }

    public Session withTickets(UnaryOperator<List<Outbound>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, context, documents, usage,
                draft, change.apply(new ArrayList<>(tickets)));
    }

    /** Queues one approved threat to be filed as a ticket, behind those already waiting. */
    public Session file(Outbound ticket) {
        return withTickets(ts -> {
            ts.removeIf(t -> t.key().equals(ticket.key()));
            ts.add(ticket);
            return ts;
        });
    }

    /** Queues a message; a newer kickoff update replaces one not yet delivered. */
    public Session say(Outbound message) {
        return withOutbox(out -> {
            out.removeIf(o -> o.key().equals(message.key()) && !o.attempted());
            out.add(message);
            return out;
        });
    }

    /**
     * Remembers an applied event. Only recent keys are kept: redelivery is otherwise stopped at intake,
     * so this guards the short window between applying an event and removing it from the inbox.
     */
    public Session withContext(ContextModel newContext) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, newContext,
                documents, usage, draft, tickets);
    }

    public Session withDocuments(UnaryOperator<List<SharedDoc>> change) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, context,
                change.apply(new ArrayList<>(documents)), usage, draft, tickets);
    }

    public Session withUsage(ModelUsage newUsage) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, context,
                documents, newUsage, draft, tickets);
    }

    public Session withDraft(dev.threatmodelbot.domain.threat.Draft newDraft) {
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, handledEvents, context,
                documents, usage, Optional.of(newDraft), tickets);
    }

    /** Every message of the session people may reply to or react to: the kickoff, the draft root, its threats. */
    public List<ConversationAddress> messages() {
        List<ConversationAddress> all = new ArrayList<>();
        thread().ifPresent(all::add);
        draft.ifPresent(d -> {
            d.rootId().ifPresent(r -> all.add(channel.inThread(r)));
            d.threats().forEach(t -> t.messageId().ifPresent(m -> all.add(channel.inThread(m))));
        });
        return all;
    }

    /** The document shared under {@code name} most recently, if any. */
    public Optional<SharedDoc> document(String name) {
        return documents.stream().filter(d -> d.name().equalsIgnoreCase(name)).reduce((a, b) -> b);
    }

    public Session handled(String eventKey) {
        List<String> keys = new ArrayList<>(handledEvents);
        keys.remove(eventKey);
        keys.add(eventKey);
        while (keys.size() > HANDLED_KEPT) {
            keys.remove(0);
        }
        return new Session(id, system, channel, requester, lead, engineers, designDoc, jiraProject, deadline, state,
                createdAt, closedAt, kickoffId, questions, answers, comments, outbox, keys, context, documents, usage, draft, tickets);
    }
}
