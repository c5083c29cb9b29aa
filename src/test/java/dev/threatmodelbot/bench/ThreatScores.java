package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The similarity of every drafted threat to every ground-truth threat of one case, and what matches at a threshold. */
final class ThreatScores {
    private final List<Threat> drafted;
    private final List<ThreatGroundTruth> truth;
    private final double[][] similarity;
    private final boolean[][] compatible;

    ThreatScores(List<Threat> drafted, List<ThreatGroundTruth> truth, double[][] similarity, boolean[][] compatible) {
        this.drafted = List.copyOf(drafted);
        this.truth = List.copyOf(truth);
        this.similarity = similarity;
        this.compatible = compatible;
    }

    /** One drafted × ground-truth pair with its cosine similarity and whether the STRIDE sets allow a match. */
    record Pair(Threat drafted, ThreatGroundTruth truth, double similarity, boolean strideCompatible) {}

    List<Threat> drafted() {
        return drafted;
    }

    List<ThreatGroundTruth> truth() {
        return truth;
    }

    boolean matches(int d, int g, double threshold) {
        return compatible[d][g] && similarity[d][g] >= threshold;
    }

    /** Ground-truth threats matched by at least one drafted threat. */
    int matchedTruth(double threshold) {
        return (int) IntStream.range(0, truth.size())
                .filter(g -> IntStream.range(0, drafted.size()).anyMatch(d -> matches(d, g, threshold))).count();
    }

    /** Drafted threats that match at least one ground-truth threat. */
    int matchedDrafted(double threshold) {
        return (int) IntStream.range(0, drafted.size())
                .filter(d -> IntStream.range(0, truth.size()).anyMatch(g -> matches(d, g, threshold))).count();
    }

    /** Indexes of the ground-truth threats no drafted threat matches. */
    List<Integer> unmatchedTruth(double threshold) {
        return IntStream.range(0, truth.size())
                .filter(g -> IntStream.range(0, drafted.size()).noneMatch(d -> matches(d, g, threshold)))
                .boxed().toList();
    }

    /** The drafted threat most similar to ground-truth threat {@code g}, STRIDE aside; ties to the earlier one. */
    Optional<Pair> nearest(int g) {
        return best(g, false);
    }

    /** The drafted threat most similar to ground-truth threat {@code g} among those whose STRIDE allows a match. */
    Optional<Pair> nearestCompatible(int g) {
        return best(g, true);
    }

    private Optional<Pair> best(int g, boolean compatibleOnly) {
        Pair best = null;
        for (int d = 0; d < drafted.size(); d++) {
            if ((!compatibleOnly || compatible[d][g]) && (best == null || similarity[d][g] > best.similarity())) {
                best = pair(d, g);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every pair, most similar first; ties in drafted then ground-truth order. */
    List<Pair> pairs() {
        List<Pair> all = new ArrayList<>();
        for (int d = 0; d < drafted.size(); d++) {
            for (int g = 0; g < truth.size(); g++) {
                all.add(pair(d, g));
            }
        }
        all.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        return List.copyOf(all);
    }

    private Pair pair(int d, int g) {
        return new Pair(drafted.get(d), truth.get(g), similarity[d][g], compatible[d][g]);
    }
}
