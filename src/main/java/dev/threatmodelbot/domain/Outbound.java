package dev.threatmodelbot.domain;

import java.util.List;
import java.util.Optional;

/**
 * A message the session still has to deliver. It is saved with the state change that caused it and
 * removed once delivered, so a crash in between re-delivers it; {@code key} is unique per session
 * and lets a gateway find an earlier delivery of the same message instead of posting it twice.
 * {@code options} are ready-made answers a platform may offer as buttons beside free text.
 * Text names people as {@code {@U123}} tokens that each platform renders as a mention. {@code questionId} is the
 * message's reference, read through the accessor its kind has ({@link #question()}, {@link #threatNumber()},
 * {@link #threatId()}, {@link #format()}); it keeps its stored name so sessions saved earlier read back.
 */
public record Outbound(String key, Kind kind, String text, Optional<String> questionId, Optional<String> toUser,
        boolean attempted, List<String> options, int tries) {

    public Outbound {
        options = options == null ? List.of() : List.copyOf(options); // stored before options existed
    }

    public Outbound(String key, Kind kind, String text, Optional<String> questionId, Optional<String> toUser,
            boolean attempted, List<String> options) {
        this(key, kind, text, questionId, toUser, attempted, options, 0);
    }

    /** The question a {@link Kind#THREAD} message asks, for answer buttons. */
    public Optional<String> question() {
        return kind == Kind.THREAD ? questionId : Optional.empty();
    }

    /** The number of the threat a {@link Kind#DRAFT_REPLY} posts. */
    public Optional<Integer> threatNumber() {
        return kind == Kind.DRAFT_REPLY ? questionId.map(Integer::valueOf) : Optional.empty();
    }

    /** The threat a {@link Kind#DRAFT_REPLY_UPDATE} re-renders or a {@link Kind#TICKET} files. */
    public Optional<String> threatId() {
        return kind == Kind.DRAFT_REPLY_UPDATE || kind == Kind.TICKET ? questionId : Optional.empty();
    }

    /** The export format an {@link Kind#EXPORT_FILE} writes, by its name. */
    public Optional<String> format() {
        return kind == Kind.EXPORT_FILE ? questionId : Optional.empty();
    }

    /** Marked attempted, with one more try counted (for work that may be tried many times: tickets). */
    public Outbound tried() {
        return new Outbound(key, kind, text, questionId, toUser, true, options, tries + 1);
    }

    /** What the message is and where it goes. */
    public enum Kind {
        /** The session's root message in the channel; its id becomes the thread. */
        KICKOFF,
        /** Re-render the root message in place. */
        KICKOFF_UPDATE,
        /** A reply in the session thread. */
        THREAD,
        /** A private message to one person (used when the channel cannot be reached). */
        DIRECT,
        /** The data-flow diagram as a picture in the session thread, {@code text} its caption. */
        DIAGRAM,
        /** The root message of a threat-model draft in the channel; its id becomes the draft's thread. */
        DRAFT_ROOT,
        /** Re-render the draft's root message (its tally) in place. */
        DRAFT_ROOT_UPDATE,
        /** One drafted threat as a reply in the draft thread; {@code questionId} holds the threat's number. */
        DRAFT_REPLY,
        /** The data-flow diagram in the draft thread. */
        DRAFT_DIAGRAM,
        /** A note only {@code toUser} sees, in the draft thread. */
        EPHEMERAL,
        /** The model written as a file in the draft thread; {@code questionId} holds the format's name. */
        EXPORT_FILE,
        /** A reply in the draft thread that is not a threat (what export did, why it could not). */
        DRAFT_NOTE,
        /** Re-render one threat's reply in place; {@code questionId} holds the threat's id. */
        DRAFT_REPLY_UPDATE,
        /**
         * File one approved threat as a ticket; {@code questionId} holds the threat's id. Says nothing itself, and waits in
         * the session's ticket queue ({@link Session#tickets()}), never among the chat messages.
         */
        TICKET,
        /**
         * After a run of {@link #TICKET}s, say in the draft thread which tickets they are; {@code text}
         * holds the ids of the threats that run filed, one per line, and is written out on delivery.
         */
        TICKET_REPORT
    }

    public static Outbound kickoff() {
        return new Outbound("kickoff", Kind.KICKOFF, "", Optional.empty(), Optional.empty(), false, List.of());
    }

    public static Outbound kickoffUpdate() {
        return new Outbound("kickoff-update", Kind.KICKOFF_UPDATE, "", Optional.empty(), Optional.empty(), false,
                List.of());
    }

    public static Outbound thread(String key, String text) {
        return new Outbound(key, Kind.THREAD, text, Optional.empty(), Optional.empty(), false, List.of());
    }

    public static Outbound question(Question question, String text, List<String> options) {
        return new Outbound("q:" + question.id(), Kind.THREAD, text, Optional.of(question.id()), Optional.empty(),
                false, options);
    }

    public static Outbound direct(String key, String user, String text) {
        return new Outbound(key, Kind.DIRECT, text, Optional.empty(), Optional.of(user), false, List.of());
    }

    public static Outbound diagram(String key, String caption) {
        return new Outbound(key, Kind.DIAGRAM, caption, Optional.empty(), Optional.empty(), false, List.of());
    }

    public static Outbound draftRoot(int version, String text) {
        return new Outbound("draft:" + version + ":root", Kind.DRAFT_ROOT, text, Optional.empty(), Optional.empty(),
                false, List.of());
    }

    public static Outbound draftRootUpdate(int version, String text) {
        return new Outbound("draft:" + version + ":root-update", Kind.DRAFT_ROOT_UPDATE, text, Optional.empty(),
                Optional.empty(), false, List.of());
    }

    public static Outbound draftThreat(int version, int number, String text) {
        return new Outbound("draft:" + version + ":threat:" + number, Kind.DRAFT_REPLY, text,
                Optional.of(String.valueOf(number)), Optional.empty(), false, List.of());
    }

    public static Outbound draftDiagram(int version, String caption) {
        return new Outbound("draft:" + version + ":diagram", Kind.DRAFT_DIAGRAM, caption, Optional.empty(),
                Optional.empty(), false, List.of());
    }

    public static Outbound ephemeral(String key, String user, String text) {
        return new Outbound(key, Kind.EPHEMERAL, text, Optional.empty(), Optional.of(user), false, List.of());
    }

    public static Outbound exportFile(int version, String format, String caption, String request) {
        return new Outbound("draft:" + version + ":export:" + format + ":" + request, Kind.EXPORT_FILE,
                caption, Optional.of(format), Optional.empty(), false, List.of());
    }

    public static Outbound draftNote(String key, String text) {
        return new Outbound(key, Kind.DRAFT_NOTE, text, Optional.empty(), Optional.empty(), false, List.of());
    }

    /** Re-render a threat's reply; {@code cause} (a ticket, an amendment) makes the key unique. */
    public static Outbound draftThreatUpdate(String threatId, String cause, String text) {
        return new Outbound("draft:threat-update:" + threatId + ":" + cause, Kind.DRAFT_REPLY_UPDATE, text,
                Optional.of(threatId), Optional.empty(), false, List.of());
    }

    public static Outbound ticket(String request, String threatId) {
        return new Outbound("ticket:" + request + ":" + threatId, Kind.TICKET, "", Optional.of(threatId),
                Optional.empty(), false, List.of());
    }

    public static Outbound ticketReport(String request, List<String> threatIds) {
        return new Outbound("ticket-report:" + request, Kind.TICKET_REPORT, String.join("\n", threatIds),
                Optional.empty(), Optional.empty(), false, List.of());
    }

    /** The same message with other text (a report written out on delivery). */
    public Outbound withText(String newText) {
        return new Outbound(key, kind, newText, questionId, toUser, attempted, options, tries);
    }

    /** As it was before anyone tried to deliver it: for a first try whose mark was saved beforehand. */
    public Outbound firstTry() {
        return new Outbound(key, kind, text, questionId, toUser, false, options, tries);
    }

    public Outbound markAttempted() {
        return new Outbound(key, kind, text, questionId, toUser, true, options, tries);
    }

}
