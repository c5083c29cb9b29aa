package dev.threatmodelbot.domain.threat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A threat as posted for review: its number in the draft, the platform's id of its message once
 * posted, every decision made on it, oldest first (the last one counts), and the ticket it was
 * filed as once exported.
 */
public record DraftedThreat(int number, Threat threat, Optional<String> messageId, List<Decision> decisions,
        Optional<Ticket> ticket) {

    public DraftedThreat {
        decisions = List.copyOf(decisions);
        messageId = messageId == null ? Optional.empty() : messageId;
        ticket = ticket == null ? Optional.empty() : ticket; // stored before tickets existed
    }

    public DraftedThreat(int number, Threat threat, Optional<String> messageId, List<Decision> decisions) {
        this(number, threat, messageId, decisions, Optional.empty());
    }

    public Decision.Kind status() {
        return decisions.isEmpty() ? Decision.Kind.PENDING : decisions.get(decisions.size() - 1).kind();
    }

    public DraftedThreat posted(String id) {
        return new DraftedThreat(number, threat, Optional.of(id), decisions, ticket);
    }

    public DraftedThreat decided(Decision d) {
        List<Decision> more = new ArrayList<>(decisions);
        more.add(d);
        return new DraftedThreat(number, threat, messageId, more, ticket);
    }

    public DraftedThreat filed(Ticket t) {
        return new DraftedThreat(number, threat, messageId, decisions, Optional.of(t));
    }
}
