package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.application.port.TextEmbeddings;
import java.util.List;
import java.util.Optional;

/** Finds the passage of a document that a claim is about, e.g. to quote it back or check it. */
public final class PassageFinder {
    /**
     * Calibrated on PassageFinderTest: claims scored 0.45-0.78 against the passage they are about,
     * unrelated claims at most 0.33. Precision over recall: a wrong passage quoted back to an
     * engineer costs more than none, so "uploads are not checked for malware" (0.38 against a
     * ClamAV sentence) is missed.
     */
    public static final double THRESHOLD = 0.40;

    private final TextEmbeddings embeddings;
    private final double threshold;

    public PassageFinder(TextEmbeddings embeddings) {
        this(embeddings, THRESHOLD);
    }

    public PassageFinder(TextEmbeddings embeddings, double threshold) {
        this.embeddings = embeddings;
        this.threshold = threshold;
    }

    /**
     * The closest passage, if it reaches the threshold; ties go to the earlier passage. Passages are
     * embedded through {@code embeddings}, so a cache there pays off when one document is searched
     * again and again.
     */
    public Optional<PassageMatch> find(String claim, List<String> passages) {
        float[] c = embeddings.embed(claim);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < passages.size(); i++) {
            double s = TextEmbeddings.similarity(c, embeddings.embed(passages.get(i)));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best >= 0 && bestScore >= threshold ? Optional.of(new PassageMatch(best, bestScore)) : Optional.empty();
    }
}
