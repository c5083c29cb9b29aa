package dev.threatmodelbot.application.port;

/**
 * Sentence embeddings computed in-process: texts that mean the same thing get vectors pointing the
 * same way, whatever their words.
 */
public interface TextEmbeddings {

    /** A unit-length vector for {@code text}. */
    float[] embed(String text);

    /** Cosine similarity of two vectors from {@link #embed}, in [-1, 1]. */
    static double similarity(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
