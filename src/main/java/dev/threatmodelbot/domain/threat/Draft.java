package dev.threatmodelbot.domain.threat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A posted draft of the threat model: its version, its root message once posted, and its threats.
 * {@code held} lists, one line each, the lower-severity threats drafted beyond what one draft posts;
 * {@code toConfirm} what the draft assumes because nobody said, one line per topic.
 */
public record Draft(int version, Instant draftedAt, Optional<String> rootId, List<DraftedThreat> threats,
        Optional<String> changes, List<String> held, List<String> toConfirm) {

    public Draft {
        threats = List.copyOf(threats);
        changes = changes == null ? Optional.empty() : changes;
        held = held == null ? List.of() : List.copyOf(held); // stored before drafts were capped
        toConfirm = toConfirm == null ? List.of() : List.copyOf(toConfirm);
    }

    public Draft(int version, Instant draftedAt, Optional<String> rootId, List<DraftedThreat> threats) {
        this(version, draftedAt, rootId, threats, Optional.empty(), List.of(), List.of());
    }

    /** The same draft remembering how it differs from the version before, as the root says it. */
    public Draft withChanges(String summary) {
        return new Draft(version, draftedAt, rootId, threats, Optional.of(summary), held, toConfirm);
    }

    /** The same draft with what it did not post and what it assumes. */
    public Draft withNotes(List<String> heldBack, List<String> assumed) {
        return new Draft(version, draftedAt, rootId, threats, changes, heldBack, assumed);
    }

    public Optional<DraftedThreat> byThreat(String threatId) {
        return threats.stream().filter(t -> t.threat().id().equals(threatId)).findFirst();
    }

    public Optional<DraftedThreat> byMessage(String messageId) {
        return threats.stream().filter(t -> t.messageId().filter(messageId::equals).isPresent()).findFirst();
    }

    public Optional<DraftedThreat> byNumber(int number) {
        return threats.stream().filter(t -> t.number() == number).findFirst();
    }

    public Draft withRoot(String id) {
        return new Draft(version, draftedAt, Optional.of(id), threats, changes, held, toConfirm);
    }

    public Draft changing(int number, UnaryOperator<DraftedThreat> change) {
        return new Draft(version, draftedAt, rootId, threats.stream()
                .map(t -> t.number() == number ? change.apply(t) : t).toList(), changes, held, toConfirm);
    }

    public Map<Decision.Kind, Long> tally() {
        return threats.stream().collect(Collectors.groupingBy(DraftedThreat::status, Collectors.counting()));
    }

    public Map<Severity, Long> bySeverity() {
        return threats.stream().collect(Collectors.groupingBy(t -> t.threat().severity(), Collectors.counting()));
    }
}
