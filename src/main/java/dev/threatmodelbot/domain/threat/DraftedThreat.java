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
        Optional<Ticket> ticket, List<Amendment> amendments) {

    public DraftedThreat {
        decisions = List.copyOf(decisions);
        messageId = messageId == null ? Optional.empty() : messageId;
        ticket = ticket == null ? Optional.empty() : ticket; // stored before tickets existed
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    public DraftedThreat(int number, Threat threat, Optional<String> messageId, List<Decision> decisions) {
        this(number, threat, messageId, decisions, Optional.empty(), List.of());
    }

    /** The threat with the lead's changes made. */
    public DraftedThreat amended(Amendment a) {
        List<Amendment> more = new ArrayList<>(amendments);
        more.add(a);
        return new DraftedThreat(number, a.apply(threat), messageId, decisions, ticket, more);
    }

    public Decision.Kind status() {
        return decisions.isEmpty() ? Decision.Kind.PENDING : decisions.get(decisions.size() - 1).kind();
    }

    public DraftedThreat posted(String id) {
        return new DraftedThreat(number, threat, Optional.of(id), decisions, ticket, amendments);
    }

    public DraftedThreat decided(Decision d) {
        List<Decision> more = new ArrayList<>(decisions);
        more.add(d);
        return new DraftedThreat(number, threat, messageId, more, ticket, amendments);
    }

    public DraftedThreat filed(Ticket t) {
        return new DraftedThreat(number, threat, messageId, decisions, Optional.of(t), amendments);
    }
}
