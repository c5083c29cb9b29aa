package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One message of a session with where it goes already worked out by the core: the channel, the thread it is a reply
 * in, the message an update re-renders, and the view a surface lays out (kickoff, a draft's root, a threat). A
 * surface only renders and posts it, and looks for an earlier post of {@code message.key()} when the message was
 * attempted before.
 *
 * @param session the session's id, which every post of it carries
 * @param thread the thread the message is a reply in; empty for a message in the channel or to one person
 * @param replaces the message an update re-renders in place
 * @param kickoff the kickoff as it stands, for the kickoff and its updates
 * @param system the system's name, for captions and alt text
 * @param kickoffId the session thread's root, when posted, for links to its messages
 * @param draftRoot the current draft's root, when posted, for links to its messages
 * @param draftMessages the current draft's threat replies, for links to them
 */
public record Delivery(String session, Outbound message, ConversationAddress channel, Optional<String> thread,
        Optional<String> replaces, Optional<KickoffView> kickoff, Optional<DraftRootView> root,
        Optional<ThreatView> threat, String system, Optional<String> kickoffId, Optional<String> draftRoot,
        Set<String> draftMessages) {

    public Delivery {
        draftMessages = Set.copyOf(draftMessages);
    }

    /** Where {@code m} of {@code s} goes and what it shows, as the session stands now. */
    public static Delivery of(Session s, Outbound m) {
        Optional<String> root = s.draft().flatMap(d -> d.rootId());
        Optional<String> thread = switch (m.kind()) {
            case THREAD, DIAGRAM -> s.kickoffId();
            case DRAFT_REPLY, DRAFT_NOTE, DRAFT_DIAGRAM, EXPORT_FILE, EPHEMERAL, TICKET_REPORT -> root;
            default -> Optional.empty();
        };
        Optional<String> replaces = switch (m.kind()) {
            case KICKOFF_UPDATE -> s.kickoffId();
            case DRAFT_ROOT_UPDATE -> root;
            case DRAFT_REPLY_UPDATE -> s.draft().flatMap(d -> m.threatId().flatMap(d::byThreat)).flatMap(t -> t.messageId());
            default -> Optional.empty();
        };
        boolean kickoff = m.kind() == Outbound.Kind.KICKOFF || m.kind() == Outbound.Kind.KICKOFF_UPDATE;
        return new Delivery(s.id().value(), m, s.channel(), thread, replaces,
                kickoff ? Optional.of(KickoffView.of(s)) : Optional.empty(), DraftRootView.shown(s, m),
                ThreatView.shown(s, m), s.system(), s.kickoffId(), root, threatMessages(s));
    }

    /** The thread a message of the session is in: a threat's reply in the draft's, the draft's root in none, else the session's. */
    public Optional<String> threadOf(String messageId) {
        return threadOf(messageId, kickoffId, draftRoot, draftMessages);
    }

    /** The thread {@code messageId} of {@code s} is in, for a link to it. */
    public static Optional<String> threadOf(Session s, String messageId) {
        return threadOf(messageId, s.kickoffId(), s.draft().flatMap(d -> d.rootId()), threatMessages(s));
    }

    private static Optional<String> threadOf(String messageId, Optional<String> kickoff, Optional<String> root,
            Set<String> threats) {
        if (root.filter(messageId::equals).isPresent()) {
            return Optional.empty();
        }
        return threats.contains(messageId) ? root : kickoff;
    }

    private static Set<String> threatMessages(Session s) {
        return s.draft().map(d -> d.threats().stream().flatMap(t -> t.messageId().stream()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
