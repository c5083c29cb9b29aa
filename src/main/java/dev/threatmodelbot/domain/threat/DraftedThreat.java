package dev.threatmodelbot.domain.threat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A threat as posted for review: its number in the draft, the platform's id of its message once
 * posted, and every decision made on it, oldest first (the last one counts).
 */
public record DraftedThreat(int number, Threat threat, Optional<String> messageId, List<Decision> decisions) {

    public DraftedThreat {
        decisions = List.copyOf(decisions);
    }

    public Decision.Kind status() {
        return decisions.isEmpty() ? Decision.Kind.PENDING : decisions.get(decisions.size() - 1).kind();
    }

    public DraftedThreat posted(String id) {
        return new DraftedThreat(number, threat, Optional.of(id), decisions);
    }

    public DraftedThreat decided(Decision d) {
        List<Decision> more = new ArrayList<>(decisions);
        more.add(d);
        return new DraftedThreat(number, threat, messageId, more);
    }
}
