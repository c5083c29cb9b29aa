package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message of the workspace as it is stored: in a thread or in the channel, by the bot or a person,
 * in the core's markup (the page renders it), visible to everyone or to one person only, with the
 * question's answer buttons, a file, or the view of a kickoff, a draft's root or one of its threats.
 */
record WebMessage(Optional<String> thread, String author, String text, Optional<String> visibleTo,
        List<String> options, Optional<String> session, Optional<String> question, Optional<File> file,
        Optional<Kickoff> kickoff, Optional<Threat> threat, Optional<Root> root, boolean edited, Instant at) {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    WebMessage {
        options = options == null ? List.of() : List.copyOf(options);
        thread = thread == null ? Optional.empty() : thread;
        visibleTo = visibleTo == null ? Optional.empty() : visibleTo;
        session = session == null ? Optional.empty() : session;
        question = question == null ? Optional.empty() : question;
        file = file == null ? Optional.empty() : file;
        kickoff = kickoff == null ? Optional.empty() : kickoff;
        threat = threat == null ? Optional.empty() : threat;
        root = root == null ? Optional.empty() : root;
    }

    /** A file in a message: picture or export, or a doc someone shared. */
    record File(String id, String name, String mime, long size) {}

    /** The kickoff as the page shows it; lines are in the core's markup. */
    record Kickoff(String title, String id, String state, String requester, String lead, List<String> engineers,
            Optional<String> deadline, Optional<String> jira, int progress, String progressLine, int coverage,
            String coverageLine, String footer) {

        static Kickoff of(KickoffView v) {
            return new Kickoff(v.title(), v.id(), KickoffView.state(v.state()), v.requester(), v.lead(), v.engineers(),
                    v.deadline().map(Object::toString), v.jiraProject(), v.progress().percent(), v.progressLine(),
                    v.coverage(), v.coverageLine(), v.footer());
        }
    }

    /** A drafted threat as its card shows it; strings in the core's markup. */
    record Threat(int number, String severity, String heading, String title, String description, List<String> affects,
            List<String> evidence, List<String> assumptions, boolean suggestedByModel, String mitigation,
            String confidence, String scoring, Optional<String> amendment, Optional<String> ticket,
            Optional<String> decision) {

        static Threat of(ThreatView v) {
            return new Threat(v.number(), v.severity(), v.heading(), v.title(), v.description(), v.affects(),
                    v.evidence(), v.assumptions(), v.suggestedByModel(), v.mitigation(), v.confidence(), v.scoring(),
                    v.amendment(), v.ticket(), v.decision());
        }
    }

    /** A draft's root as its card shows it; strings in the core's markup. */
    record Root(String title, String session, String counts, Map<String, Long> severities, String tally, String guide,
            List<String> held, int heldMore, List<String> toConfirm, int toConfirmMore, Optional<String> changes) {

        static Root of(DraftRootView v) {
            return new Root(v.title(), v.session(), v.counts(), v.severities(), v.tally(), v.guide(), v.held(),
                    v.heldMore(), v.toConfirm(), v.toConfirmMore(), v.changes());
        }
    }

    static WebMessage bot(Optional<String> thread, String text, Instant at) {
        return new WebMessage(thread, WebPeople.BOT, text, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, at);
    }

    static WebMessage person(Optional<String> thread, String user, String text, Optional<File> file, Instant at) {
        return new WebMessage(thread, user, text, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), file,
                Optional.empty(), Optional.empty(), Optional.empty(), false, at);
    }

    WebMessage withText(String newText, boolean byEdit) {
        return new WebMessage(thread, author, newText, visibleTo, options, session, question, file, kickoff,
                threat, root, edited || byEdit, at);
    }

    WebMessage withKickoff(Kickoff view, String summary) {
        return new WebMessage(thread, author, summary, visibleTo, options, session, question, file, Optional.of(view),
                threat, root, edited, at);
    }

    WebMessage to(String user) {
        return new WebMessage(thread, author, text, Optional.of(user), options, session, question, file, kickoff,
                threat, root, edited, at);
    }

    WebMessage asking(String sessionId, String questionId, List<String> answers) {
        return new WebMessage(thread, author, text, visibleTo, answers, Optional.of(sessionId), Optional.of(questionId),
                file, kickoff, threat, root, edited, at);
    }

    WebMessage ofSession(String sessionId) {
        return new WebMessage(thread, author, text, visibleTo, options, Optional.of(sessionId), question, file, kickoff,
                threat, root, edited, at);
    }

    WebMessage withFile(File f) {
        return new WebMessage(thread, author, text, visibleTo, options, session, question, Optional.of(f), kickoff,
                threat, root, edited, at);
    }

    /** The message showing a drafted threat (or, empty, its text only). */
    WebMessage withThreat(Optional<ThreatView> view, String newText) {
        return new WebMessage(thread, author, newText, visibleTo, options, session, question, file, kickoff,
                view.map(Threat::of), root, edited, at);
    }

    /** The message showing a draft's root (or, empty, its text only). */
    WebMessage withRoot(Optional<DraftRootView> view, String newText) {
        return new WebMessage(thread, author, newText, visibleTo, options, session, question, file, kickoff, threat,
                view.map(Root::of), edited, at);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message not written", e);
        }
    }

    static WebMessage read(String json) {
        try {
            return JSON.readValue(json, WebMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message not readable", e);
        }
    }
}
