package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One eval case scored strictly: the context model read from its design doc, what the draft posts,
 * how many threats it holds back and how many topics it lists as assumptions to confirm, and the
 * matches of the posted threats against the answer key; beside them the old cosine figures (STRIDE
 * overlap and MiniLM similarity ≥ 0.55), kept for one release.
 */
record StrictCase(String name, ContextModel model, AnswerKey key, List<Threat> posted, int held, int assumed,
        StrictMatching matching, List<StrictMatching.Pair> pairs, int cosineTruth, int cosineDrafted) {

    /** Ground-truth threats some posted threat matches. */
    Set<String> matchedTruth() {
        return pairs.stream().map(p -> p.truth().id()).collect(Collectors.toSet());
    }

    /** Posted threats that match some ground-truth threat. */
    Set<String> matchedDrafted() {
        return pairs.stream().map(p -> p.drafted().id()).collect(Collectors.toSet());
    }
}
