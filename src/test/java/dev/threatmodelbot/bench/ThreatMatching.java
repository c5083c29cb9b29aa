package dev.threatmodelbot.bench;

import dev.threatmodelbot.application.port.TextEmbeddings;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Whether a drafted threat is one a ground truth names: (a) their STRIDE sets intersect, or the ground
 * truth gives no STRIDE; and (b) the cosine similarity of the sentence embeddings of the drafted
 * {@code title + ". " + description} and the ground truth's text is at least a threshold.
 */
final class ThreatMatching {
    /** The threshold the report is made at; see bench/results/threat-recall.md for why. */
    static final double THRESHOLD = 0.55;

    private final TextEmbeddings embeddings;

    ThreatMatching(TextEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    static String text(Threat t) {
        return t.title() + ". " + t.description();
    }

    static boolean strideCompatible(Set<Stride> drafted, Set<Stride> truth) {
        return truth.isEmpty() || !Collections.disjoint(drafted, truth);
    }

    double similarity(Threat drafted, ThreatGroundTruth truth) {
        return TextEmbeddings.similarity(embeddings.embed(text(drafted)), embeddings.embed(truth.text()));
    }

    boolean matches(Threat drafted, ThreatGroundTruth truth, double threshold) {
        return strideCompatible(drafted.stride(), truth.stride()) && similarity(drafted, truth) >= threshold;
    }

    /** Every drafted threat against every ground-truth threat, each text embedded once. */
    ThreatScores score(List<Threat> drafted, List<ThreatGroundTruth> truth) {
        float[][] d = drafted.stream().map(t -> embeddings.embed(text(t))).toArray(float[][]::new);
        float[][] g = truth.stream().map(t -> embeddings.embed(t.text())).toArray(float[][]::new);
        double[][] similarity = new double[drafted.size()][truth.size()];
        boolean[][] compatible = new boolean[drafted.size()][truth.size()];
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < g.length; j++) {
                similarity[i][j] = TextEmbeddings.similarity(d[i], g[j]);
                compatible[i][j] = strideCompatible(drafted.get(i).stride(), truth.get(j).stride());
            }
        }
        return new ThreatScores(drafted, truth, similarity, compatible);
    }
}
